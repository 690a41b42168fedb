package org.lln.partners.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.partners.domain.PartnerFilter;
import org.lln.partners.domain.PartnerStatus;
import org.lln.partners.domain.PartnerType;
import org.lln.partners.representation.EngagementsResponse;
import org.lln.partners.representation.PartnerRequest;
import org.lln.partners.representation.PartnerResponse;
import org.lln.partners.service.Engagements;
import org.lln.partners.service.PartnerService;
import org.lln.platform.http.Representations;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.problem.Problem;
import org.lln.platform.security.Roles;

/** The partner resource of DESIGN.md over HTTP: parses, calls {@link PartnerService}, shapes the response. */
@Path("/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Partner bodies of the network and their units")
@PermitAll
public class PartnerResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    PartnerService service;

    @Inject
    Engagements engagements;

    @Context
    UriInfo uriInfo;

    /** Lists partners matching the filters, one page at a time. */
    @GET
    @Operation(
            operationId = "listPartners",
            summary = "List partners",
            description =
                    "Filters combine with AND. `q` matches code, name, acronym and other names, case-insensitively, in any script.")
    @APIResponse(
            responseCode = "200",
            description = "One page of partners",
            content = @Content(schema = @Schema(implementation = PartnerPage.class)))
    public PageResponse<PartnerResponse> list(
            @Parameter(description = "Text in code, name, acronym or other names", example = "inruled") @QueryParam("q")
                    String q,
            @Parameter(example = "unesco-inruled") @QueryParam("code") String code,
            @QueryParam("type") PartnerType type,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "KH") @QueryParam("countryCode")
                    String countryCode,
            @Parameter(description = "ISO 3166-2", example = "KH-7") @QueryParam("subdivisionCode")
                    String subdivisionCode,
            @Parameter(description = "Only units of this partner") @QueryParam("parentId") UUID parentId,
            @QueryParam("status") PartnerStatus status,
            @Parameter(description = "Zero-based page index", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") Integer size,
            @Parameter(
                            description =
                                    "Comma-separated fields, `-` for descending: name, code, acronym, type, countryCode, status, createdAt, updatedAt",
                            example = "type,-createdAt")
                    @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, PartnerService.SORTABLE, "name");
        return service.list(new PartnerFilter(q, code, type, countryCode, subdivisionCode, parentId, status), request);
    }

    /** Reads one partner with its ETag. */
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPartner",
            summary = "Get a partner",
            description =
                    "The partner with its other names and identifiers; send the ETag back in If-Match to change it.")
    @APIResponse(
            responseCode = "200",
            description = "The partner; ETag carries its version",
            content =
                    @Content(
                            schema = @Schema(implementation = PartnerResponse.class),
                            examples = @ExampleObject(name = "INRULED", value = PartnerExamples.INRULED)))
    public Response get(@PathParam("id") UUID id) {
        return Representations.ok(service.get(id));
    }

    /** Creates a partner. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPartner",
            summary = "Create a partner",
            description = "Publishes org.lln.partner.created on lln.partners.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PartnerRequest.class),
                            examples = {
                                @ExampleObject(name = "INRULED", value = PartnerExamples.INRULED_INPUT),
                                @ExampleObject(name = "DNFIE, a unit of MoEYS", value = PartnerExamples.DNFIE_INPUT)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = PartnerResponse.class),
                            examples = @ExampleObject(name = "INRULED", value = PartnerExamples.INRULED)))
    public Response create(@Valid @NotNull PartnerRequest request) {
        PartnerResponse created = service.create(request);
        return Representations.created(uriInfo, created);
    }

    /** Replaces a partner. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replacePartner",
            summary = "Replace a partner",
            description =
                    "Full replace: absent optional fields are cleared. Honours If-Match. Publishes org.lln.partner.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PartnerRequest.class),
                            examples = @ExampleObject(name = "INRULED", value = PartnerExamples.INRULED_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = PartnerResponse.class)))
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PartnerRequest request) {
        return Representations.ok(service.replace(id, ifMatch, request));
    }

    /** Changes some fields of a partner with a JSON Merge Patch. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchPartner",
            summary = "Change some fields of a partner (RFC 7396 merge patch)",
            description =
                    "`null` clears a field, an absent field is left as it is. Honours If-Match. Publishes org.lln.partner.updated.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = Object.class),
                            examples = @ExampleObject(name = "Archive", value = PartnerExamples.ARCHIVE_PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Patched",
            content = @Content(schema = @Schema(implementation = PartnerResponse.class)))
    public Response patch(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonMergePatch patch) {
        return Representations.ok(service.patch(id, ifMatch, patch));
    }

    /** Deletes a partner that nothing refers to any more. */
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(
            operationId = "deletePartner",
            summary = "Delete a partner",
            description =
                    "Refused with 409 while the partner has units, events or collaboration areas: archive it instead. "
                            + "Honours If-Match. Publishes org.lln.partner.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** Lists what the partner takes part in, from the read models of the other services' topics. */
    @GET
    @Path("/{id}/engagements")
    @Operation(
            operationId = "getPartnerEngagements",
            summary = "List a partner's events and collaboration areas",
            description = "Answered from this service's read models of lln.events and lln.collaboration-areas.")
    @APIResponse(
            responseCode = "200",
            description = "The partner's engagements",
            content =
                    @Content(
                            schema = @Schema(implementation = EngagementsResponse.class),
                            examples = @ExampleObject(name = "INRULED", value = PartnerExamples.ENGAGEMENTS)))
    public EngagementsResponse engagements(@PathParam("id") UUID id) {
        service.get(id);
        return engagements.of(id);
    }

    /** OpenAPI shape of a page of partners. */
    @Schema(name = "PartnerPage")
    static final class PartnerPage {
        public List<PartnerResponse> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }
}

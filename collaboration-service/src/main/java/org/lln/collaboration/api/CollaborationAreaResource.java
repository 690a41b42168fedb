package org.lln.collaboration.api;

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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.collaboration.domain.AreaFilter;
import org.lln.collaboration.domain.Dimension;
import org.lln.collaboration.domain.Sdg4Targets;
import org.lln.collaboration.domain.Theme;
import org.lln.collaboration.representation.CollaborationAreaRequest;
import org.lln.collaboration.representation.CollaborationAreaResponse;
import org.lln.collaboration.representation.TransitionRequest;
import org.lln.collaboration.representation.TransitionResponse;
import org.lln.collaboration.service.CollaborationAreaService;
import org.lln.contract.AreaStatus;
import org.lln.platform.http.Representations;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.problem.Problem;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.security.Roles;

/**
 * The collaboration-area resource of DESIGN.md over HTTP, with its status transitions and history:
 * parses, calls {@link CollaborationAreaService}, shapes the response.
 */
@Path("/collaboration-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaboration areas", description = "Areas of collaboration, their status pipeline and history")
@PermitAll
public class CollaborationAreaResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    CollaborationAreaService service;

    @Context
    UriInfo uriInfo;

    /** Lists collaboration areas matching the filters, one page at a time. */
    @GET
    @Operation(
            operationId = "listCollaborationAreas",
            summary = "List collaboration areas",
            description =
                    "Filters combine with AND. `q` matches code, title and description, case-insensitively, in any script.")
    @APIResponse(
            responseCode = "200",
            description = "One page of collaboration areas",
            content = @Content(schema = @Schema(implementation = AreaPage.class)))
    public PageResponse<CollaborationAreaResponse> list(
            @Parameter(description = "Text in code, title or description", example = "vocational") @QueryParam("q")
                    String q,
            @Parameter(example = "regional-tvet-cooperation") @QueryParam("code") String code,
            @QueryParam("status") AreaStatus status,
            @QueryParam("theme") Theme theme,
            @Parameter(description = "Only areas this partner takes part in, in any role") @QueryParam("partnerId")
                    UUID partnerId,
            @Parameter(description = "Only areas identified at this event") @QueryParam("eventId") UUID eventId,
            @Parameter(description = "Only areas serving this SDG 4 target: 4.1 to 4.7, 4.a, 4.b, 4.c", example = "4.7")
                    @QueryParam("sdgTarget")
                    String sdgTarget,
            @Parameter(description = "Only areas serving this dimension of rural development") @QueryParam("dimension")
                    Dimension dimension,
            @Parameter(description = "Zero-based page index", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") Integer size,
            @Parameter(
                            description =
                                    "Comma-separated fields, `-` for descending: title, code, theme, status, createdAt, updatedAt",
                            example = "status,-updatedAt")
                    @QueryParam("sort")
                    String sort) {
        if (sdgTarget != null && !Sdg4Targets.isTarget(sdgTarget)) {
            throw ProblemException.invalidParameter(
                    "sdgTarget", "must be an SDG 4 target: " + String.join(", ", Sdg4Targets.ALL.keySet()));
        }
        PageRequest request = PageRequest.of(page, size, sort, CollaborationAreaService.SORTABLE, "title");
        return service.list(new AreaFilter(q, code, status, theme, partnerId, eventId, sdgTarget, dimension), request);
    }

    /** Reads one collaboration area with its ETag. */
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCollaborationArea",
            summary = "Get a collaboration area",
            description = "The area with its partners, origin events, SDG targets and action items in agenda order.")
    @APIResponse(
            responseCode = "200",
            description = "The area with its action items; ETag carries its version",
            content =
                    @Content(
                            schema = @Schema(implementation = CollaborationAreaResponse.class),
                            examples = @ExampleObject(name = "Regional TVET cooperation", value = AreaExamples.TVET)))
    public Response get(@PathParam("id") UUID id) {
        return Representations.ok(service.get(id));
    }

    /** Creates a collaboration area in status IDENTIFIED. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createCollaborationArea",
            summary = "Create a collaboration area",
            description =
                    "The area starts IDENTIFIED. Partners and origin events must be known from lln.partners and "
                            + "lln.events (422 otherwise). Publishes org.lln.collaboration-area.created on lln.collaboration-areas.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = CollaborationAreaRequest.class),
                            examples = {
                                @ExampleObject(name = "Regional TVET cooperation", value = AreaExamples.TVET_INPUT),
                                @ExampleObject(
                                        name = "Digital transformation in education",
                                        value = AreaExamples.DIGITAL_INPUT),
                                @ExampleObject(name = "ESD across the four dimensions", value = AreaExamples.ESD_INPUT)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = CollaborationAreaResponse.class),
                            examples = @ExampleObject(name = "Regional TVET cooperation", value = AreaExamples.TVET)))
    public Response create(@Valid @NotNull CollaborationAreaRequest request) {
        CollaborationAreaResponse created = service.create(request);
        return Representations.created(uriInfo, created);
    }

    /** Replaces the client-written fields of a collaboration area. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceCollaborationArea",
            summary = "Replace a collaboration area",
            description = "Full replace: absent optional fields are cleared. `status` is ignored: use the transitions. "
                    + "Honours If-Match. Publishes org.lln.collaboration-area.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = CollaborationAreaRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "Regional TVET cooperation",
                                            value = AreaExamples.TVET_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = CollaborationAreaResponse.class)))
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CollaborationAreaRequest request) {
        return Representations.ok(service.replace(id, ifMatch, request));
    }

    /** Changes some fields of a collaboration area with a JSON Merge Patch. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchCollaborationArea",
            summary = "Change some fields of a collaboration area (RFC 7396 merge patch)",
            description =
                    "`null` clears a field, an absent field is left as it is; `status` is ignored. Honours If-Match. "
                            + "Publishes org.lln.collaboration-area.updated.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = Object.class),
                            examples = @ExampleObject(name = "Add SDG target 4.7", value = AreaExamples.SDG_PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Patched",
            content = @Content(schema = @Schema(implementation = CollaborationAreaResponse.class)))
    public Response patch(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonMergePatch patch) {
        return Representations.ok(service.patch(id, ifMatch, patch));
    }

    /** Deletes a collaboration area with its history and action items. */
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(
            operationId = "deleteCollaborationArea",
            summary = "Delete a collaboration area",
            description =
                    "Also deletes its history and action items. Honours If-Match. Publishes org.lln.collaboration-area.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** Moves a collaboration area along its status pipeline. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "transitionCollaborationArea",
            summary = "Change the status of a collaboration area",
            description =
                    "Allowed: IDENTIFIED -> PROPOSED -> AGREED -> ACTIVE -> COMPLETED, and DISCONTINUED from any open "
                            + "state; COMPLETED and DISCONTINUED are closed. Any other move is a 409 naming both states. "
                            + "Honours If-Match. Publishes org.lln.collaboration-area.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TransitionRequest.class),
                            examples = @ExampleObject(name = "Propose", value = AreaExamples.PROPOSE)))
    @APIResponse(
            responseCode = "200",
            description = "The area in its new status; ETag carries its new version",
            content = @Content(schema = @Schema(implementation = CollaborationAreaResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The pipeline has no edge from the current status to the requested one",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "Closed area", value = AreaExamples.REFUSED)))
    public Response transition(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return Representations.ok(service.transition(id, ifMatch, request));
    }

    /** Lists the status history of a collaboration area, oldest first. */
    @GET
    @Path("/{id}/history")
    @Operation(
            operationId = "getCollaborationAreaHistory",
            summary = "List the status history of a collaboration area",
            description =
                    "Every transition with its time and note, oldest first; the first entry is the creation (from null).")
    @APIResponse(
            responseCode = "200",
            description = "One page of the history",
            content =
                    @Content(
                            schema = @Schema(implementation = HistoryPage.class),
                            examples = @ExampleObject(name = "Proposed", value = AreaExamples.HISTORY)))
    public PageResponse<TransitionResponse> history(
            @PathParam("id") UUID id,
            @Parameter(description = "Zero-based page index", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") Integer size) {
        return service.history(id, PageRequest.of(page, size, null, Map.of("at", "id"), "at"));
    }

    /** OpenAPI shape of a page of collaboration areas. */
    @Schema(name = "CollaborationAreaPage")
    static final class AreaPage {
        public List<CollaborationAreaResponse> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }

    /** OpenAPI shape of a page of transitions. */
    @Schema(name = "TransitionPage")
    static final class HistoryPage {
        public List<TransitionResponse> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }
}

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.collaboration.domain.ActionFilter;
import org.lln.collaboration.representation.ActionItemRequest;
import org.lln.collaboration.representation.ActionItemResponse;
import org.lln.collaboration.service.ActionItemService;
import org.lln.contract.ActionStatus;
import org.lln.platform.http.Representations;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.problem.Problem;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.security.Roles;

/**
 * The action items of a collaboration area over HTTP: parses, calls {@link ActionItemService}, shapes
 * the response. Every change here is published as an update of the area.
 */
@Path("/collaboration-areas/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action items", description = "What is to be done, by whom and when, for a collaboration area")
@PermitAll
public class ActionItemResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ActionItemService service;

    @Context
    UriInfo uriInfo;

    /** Lists the action items of an area, one page at a time. */
    @GET
    @Operation(
            operationId = "listActionItems",
            summary = "List the action items of a collaboration area",
            description =
                    "Filters combine with AND; `overdue=true` lists pending items past their due date. One page at a time.")
    @APIResponse(
            responseCode = "200",
            description = "One page of action items",
            content = @Content(schema = @Schema(implementation = ActionPage.class)))
    public PageResponse<ActionItemResponse> list(
            @PathParam("id") UUID areaId,
            @QueryParam("status") ActionStatus status,
            @Parameter(description = "Only items this partner owns") @QueryParam("ownerPartnerId") UUID ownerPartnerId,
            @Parameter(
                            description = "true: only overdue items; false: only the others",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("overdue")
                    String overdue,
            @Parameter(description = "Zero-based page index", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") Integer size,
            @Parameter(
                            description =
                                    "Comma-separated fields, `-` for descending: dueDate, title, status, createdAt, updatedAt",
                            example = "dueDate")
                    @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, ActionItemService.SORTABLE, "dueDate");
        return service.list(areaId, new ActionFilter(status, ownerPartnerId, bool("overdue", overdue)), request);
    }

    /** Reads one action item with its ETag. */
    @GET
    @Path("/{actionId}")
    @Operation(
            operationId = "getActionItem",
            summary = "Get an action item",
            description =
                    "The item with its `overdue` flag; its ETag is the item's own version, for If-Match on the item.")
    @APIResponse(
            responseCode = "200",
            description = "The item; ETag carries its own version",
            content =
                    @Content(
                            schema = @Schema(implementation = ActionItemResponse.class),
                            examples = @ExampleObject(name = "Share a curriculum", value = AreaExamples.ACTION)))
    public Response get(@PathParam("id") UUID areaId, @PathParam("actionId") UUID actionId) {
        return Representations.ok(service.get(areaId, actionId));
    }

    /** Adds an action item to an area. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createActionItem",
            summary = "Add an action item to a collaboration area",
            description =
                    "An owner must be a known, active partner (422 otherwise). Publishes org.lln.collaboration-area.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ActionItemRequest.class),
                            examples = @ExampleObject(name = "Share a curriculum", value = AreaExamples.ACTION_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = ActionItemResponse.class),
                            examples = @ExampleObject(name = "Share a curriculum", value = AreaExamples.ACTION)))
    public Response create(@PathParam("id") UUID areaId, @Valid @NotNull ActionItemRequest request) {
        ActionItemResponse created = service.create(areaId, request);
        return Representations.created(uriInfo, created);
    }

    /** Replaces an action item. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceActionItem",
            summary = "Replace an action item",
            description = "Full replace: absent optional fields are cleared. Honours If-Match (the item's ETag). "
                    + "Publishes org.lln.collaboration-area.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ActionItemRequest.class),
                            examples = @ExampleObject(name = "Share a curriculum", value = AreaExamples.ACTION_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = ActionItemResponse.class)))
    public Response replace(
            @PathParam("id") UUID areaId,
            @PathParam("actionId") UUID actionId,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionItemRequest request) {
        return Representations.ok(service.replace(areaId, actionId, ifMatch, request));
    }

    /** Changes some fields of an action item with a JSON Merge Patch. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{actionId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchActionItem",
            summary = "Change some fields of an action item (RFC 7396 merge patch)",
            description = "`null` clears a field, an absent field is left as it is. Honours If-Match. "
                    + "Publishes org.lln.collaboration-area.updated.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = Object.class),
                            examples = @ExampleObject(name = "Done", value = AreaExamples.ACTION_DONE_PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Patched",
            content = @Content(schema = @Schema(implementation = ActionItemResponse.class)))
    public Response patch(
            @PathParam("id") UUID areaId,
            @PathParam("actionId") UUID actionId,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonMergePatch patch) {
        return Representations.ok(service.patch(areaId, actionId, ifMatch, patch));
    }

    /** Removes an action item. */
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{actionId}")
    @Operation(
            operationId = "deleteActionItem",
            summary = "Remove an action item",
            description = "Honours If-Match. Publishes org.lln.collaboration-area.updated.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(
            @PathParam("id") UUID areaId,
            @PathParam("actionId") UUID actionId,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(areaId, actionId, ifMatch);
        return Response.noContent().build();
    }

    /** JAX-RS would read any word as false; only {@code true} and {@code false} are accepted here. */
    private static Boolean bool(String parameter, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalidParameter(parameter, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    /** OpenAPI shape of a page of action items. */
    @Schema(name = "ActionItemPage")
    static final class ActionPage {
        public List<ActionItemResponse> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }
}

package org.lln.events.api;

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
import org.lln.events.representation.EventSeriesRequest;
import org.lln.events.representation.EventSeriesResponse;
import org.lln.events.service.EventSeriesService;
import org.lln.platform.http.Representations;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.problem.Problem;
import org.lln.platform.security.Roles;

/** The event series resource of DESIGN.md over HTTP: parses, calls {@link EventSeriesService}, shapes the response. */
@Path("/event-series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event series", description = "Related events in date order, e.g. INRULED's CLC missions to Cambodia")
@PermitAll
public class EventSeriesResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    EventSeriesService service;

    @Context
    UriInfo uriInfo;

    /** Lists series, one page at a time. */
    @GET
    @Operation(
            operationId = "listEventSeries",
            summary = "List event series",
            description = "One page of series, each with its events in date order.")
    @APIResponse(
            responseCode = "200",
            description = "One page of series, each with its events",
            content = @Content(schema = @Schema(implementation = EventSeriesPage.class)))
    public PageResponse<EventSeriesResponse> list(
            @Parameter(description = "Text in code, title or description", example = "inruled") @QueryParam("q")
                    String q,
            @Parameter(description = "Exact code", example = "inruled-clc-missions-cambodia") @QueryParam("code")
                    String code,
            @Parameter(description = "Zero-based page index", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") Integer size,
            @Parameter(
                            description =
                                    "Comma-separated fields, `-` for descending: title, code, createdAt, updatedAt",
                            example = "title")
                    @QueryParam("sort")
                    String sort) {
        return service.list(q, code, PageRequest.of(page, size, sort, EventSeriesService.SORTABLE, "title"));
    }

    /** Reads one series with its events and ETag. */
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getEventSeries",
            summary = "Get an event series with its events in date order",
            description =
                    "Each member names its place in the series (`sequence`, from 1) and the event's dates, type and status.")
    @APIResponse(
            responseCode = "200",
            description = "The series; ETag carries its version",
            content =
                    @Content(
                            schema = @Schema(implementation = EventSeriesResponse.class),
                            examples = @ExampleObject(name = "INRULED CLC missions", value = EventExamples.SERIES)))
    public Response get(@PathParam("id") UUID id) {
        return Representations.ok(service.get(id));
    }

    /** Creates a series; events join it through their {@code seriesId}. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createEventSeries",
            summary = "Create an event series",
            description =
                    "Events join it by setting their seriesId. Publishes org.lln.event-series.created on lln.events.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = EventSeriesRequest.class),
                            examples =
                                    @ExampleObject(name = "INRULED CLC missions", value = EventExamples.SERIES_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = EventSeriesResponse.class)))
    public Response create(@Valid @NotNull EventSeriesRequest request) {
        EventSeriesResponse created = service.create(request);
        return Representations.created(uriInfo, created);
    }

    /** Replaces a series' own fields. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceEventSeries",
            summary = "Replace an event series",
            description = "Honours If-Match. Publishes org.lln.event-series.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = EventSeriesRequest.class),
                            examples =
                                    @ExampleObject(name = "INRULED CLC missions", value = EventExamples.SERIES_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = EventSeriesResponse.class)))
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EventSeriesRequest request) {
        return Representations.ok(service.replace(id, ifMatch, request));
    }

    /** Changes some fields of a series with a JSON Merge Patch. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchEventSeries",
            summary = "Change some fields of an event series (RFC 7396 merge patch)",
            description = "Honours If-Match. Publishes org.lln.event-series.updated.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = Object.class),
                            examples = @ExampleObject(name = "New description", value = EventExamples.SERIES_PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Patched",
            content = @Content(schema = @Schema(implementation = EventSeriesResponse.class)))
    public Response patch(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonMergePatch patch) {
        return Representations.ok(service.patch(id, ifMatch, patch));
    }

    /** Deletes a series that no event belongs to. */
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(
            operationId = "deleteEventSeries",
            summary = "Delete an event series",
            description =
                    "Refused with 409 while events belong to it. Honours If-Match. Publishes org.lln.event-series.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** OpenAPI shape of a page of series. */
    @Schema(name = "EventSeriesPage")
    static final class EventSeriesPage {
        public List<EventSeriesResponse> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }
}

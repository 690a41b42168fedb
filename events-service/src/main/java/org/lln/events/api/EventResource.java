package org.lln.events.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.lln.events.api.calendar.EventCalendar;
import org.lln.events.representation.EventRequest;
import org.lln.events.representation.EventResponse;
import org.lln.events.service.EventService;
import org.lln.platform.http.Preconditions;
import org.lln.platform.http.Representations;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.problem.Problem;
import org.lln.platform.security.Roles;

/** The event resource of DESIGN.md over HTTP: parses, calls {@link EventService}, shapes the response. */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Events",
        description = "Workshops, missions, site visits and meetings, with their sessions and participants")
@PermitAll
public class EventResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    EventService service;

    @Inject
    EventCalendar calendar;

    @Context
    UriInfo uriInfo;

    /** Lists events matching the filters, one page at a time. */
    @GET
    @Operation(
            operationId = "listEvents",
            summary = "List events",
            description =
                    "Filters combine with AND. `from`/`to` select events whose dates overlap the range, edges included.")
    @APIResponse(
            responseCode = "200",
            description = "One page of events",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    public PageResponse<EventResponse> list(
            @BeanParam EventQuery query,
            @Parameter(description = "Zero-based page index", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100", example = "20") @QueryParam("size") Integer size,
            @Parameter(
                            description =
                                    "Comma-separated fields, `-` for descending: startDate, endDate, title, code, type, status, createdAt, updatedAt",
                            example = "-startDate")
                    @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, EventService.SORTABLE, "startDate");
        return service.list(query.filter(), request);
    }

    /** Reads one event with its ETag, as JSON or, with {@code Accept: text/calendar}, as iCalendar. */
    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getEvent",
            summary = "Get an event",
            description =
                    "With `Accept: text/calendar` the event is returned as iCalendar, like `/events/{id}/calendar`.")
    @APIResponse(
            responseCode = "200",
            description = "The event; ETag carries its version",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = EventResponse.class),
                        examples = @ExampleObject(name = "Kampot CLC workshop 2025", value = EventExamples.KAMPOT)),
                @Content(
                        mediaType = EventCalendar.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "Kampot CLC workshop 2025", value = EventExamples.KAMPOT_ICS))
            })
    public Response get(@PathParam("id") UUID id) {
        return Representations.ok(service.get(id));
    }

    /** Reads one event as iCalendar, chosen by {@code Accept: text/calendar}; documented with {@link #get}. */
    @GET
    @Path("/{id}")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response getByAccept(@PathParam("id") UUID id) {
        return getCalendar(id);
    }

    /** Reads one event as iCalendar by its own address. */
    @GET
    @Path("/{id}/calendar")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(
            operationId = "getEventCalendar",
            summary = "Get an event as iCalendar",
            description =
                    "The same document as `GET /events/{id}` with `Accept: text/calendar`, at an address of its own for calendar applications.")
    @APIResponse(
            responseCode = "200",
            description = "RFC 5545 document: the event, all-day with exclusive DTEND, and its timed sessions",
            content =
                    @Content(
                            mediaType = EventCalendar.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "Kampot CLC workshop 2025",
                                            value = EventExamples.KAMPOT_ICS)))
    public Response getCalendar(@PathParam("id") UUID id) {
        EventResponse event = service.get(id);
        return Response.ok(calendar.write(List.of(event)), EventCalendar.MEDIA_TYPE)
                .tag(Preconditions.etag(event.version()))
                .build();
    }

    /**
     * Reads one event as iCalendar by its {@code .ics} address, kept for calendar applications that
     * subscribed to it; left out of the OpenAPI document because client generators cannot handle a
     * parameter followed by a suffix in one path segment ({@code /events/{id}/calendar} is the same).
     */
    @GET
    @Path("/{id}.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response getIcs(@PathParam("id") UUID id) {
        return getCalendar(id);
    }

    /** Creates an event. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createEvent",
            summary = "Create an event",
            description =
                    "Partners referenced as organizerId, participants[].partnerId and sessions[].speakers[].partnerId must be "
                            + "known to this service from lln.partners and not archived (else 422 naming the field). "
                            + "Publishes org.lln.event.created on lln.events.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = EventRequest.class),
                            examples = {
                                @ExampleObject(name = "Kampot CLC workshop 2025", value = EventExamples.KAMPOT_INPUT),
                                @ExampleObject(
                                        name = "Site visit on 8 May, a sub-event",
                                        value = EventExamples.SITE_VISIT_INPUT),
                                @ExampleObject(
                                        name = "Meeting with SEAMEO TED on 9 May",
                                        value = EventExamples.MEETING_INPUT)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content =
                    @Content(
                            schema = @Schema(implementation = EventResponse.class),
                            examples = @ExampleObject(name = "Kampot CLC workshop 2025", value = EventExamples.KAMPOT)))
    public Response create(@Valid @NotNull EventRequest request) {
        EventResponse created = service.create(request);
        return Representations.created(uriInfo, created);
    }

    /** Replaces an event. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceEvent",
            summary = "Replace an event",
            description =
                    "Full replace: absent optional fields are cleared. Honours If-Match. Publishes org.lln.event.updated.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = EventRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "Kampot CLC workshop 2025",
                                            value = EventExamples.KAMPOT_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EventRequest request) {
        return Representations.ok(service.replace(id, ifMatch, request));
    }

    /** Changes some fields of an event with a JSON Merge Patch. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchEvent",
            summary = "Change some fields of an event (RFC 7396 merge patch)",
            description = "`null` clears a field, an absent field is left as it is, lists are replaced whole. "
                    + "Honours If-Match. Publishes org.lln.event.updated.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MERGE_PATCH,
                            schema = @Schema(implementation = Object.class),
                            examples =
                                    @ExampleObject(
                                            name = "Mark completed with attendance",
                                            value = EventExamples.COMPLETE_PATCH)))
    @APIResponse(
            responseCode = "200",
            description = "Patched",
            content = @Content(schema = @Schema(implementation = EventResponse.class)))
    public Response patch(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonMergePatch patch) {
        return Representations.ok(service.patch(id, ifMatch, patch));
    }

    /** Deletes an event without sub-events. */
    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @Operation(
            operationId = "deleteEvent",
            summary = "Delete an event",
            description =
                    "Refused with 409 while it has sub-events. Honours If-Match. Publishes org.lln.event.deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** OpenAPI shape of a page of events. */
    @Schema(name = "EventPage")
    static final class EventPage {
        public List<EventResponse> items;
        public int page;
        public int size;
        public long totalItems;
        public int totalPages;
    }
}

package org.lln.events.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.events.api.calendar.EventCalendar;
import org.lln.events.service.EventService;

/** The iCalendar feed of events, {@code GET /events.ics}, taking the filters of {@code GET /events}. */
@Path("/events.ics")
@Tag(name = "Events")
@PermitAll
public class EventCalendarFeedResource {

    @Inject
    EventService service;

    @Inject
    EventCalendar calendar;

    /** Writes the matching events, in date order, as one iCalendar document. */
    @GET
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(
            operationId = "getEventsIcs",
            summary = "Subscribe to events as an iCalendar feed",
            description = "Takes the filters of `GET /events`; holds up to 1000 events in date order.")
    @APIResponse(
            responseCode = "200",
            description = "RFC 5545 document",
            content =
                    @Content(
                            mediaType = EventCalendar.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "Events in Kampot Province",
                                            value = EventExamples.KAMPOT_ICS)))
    public String feed(@BeanParam EventQuery query) {
        return calendar.write(service.calendar(query.filter()));
    }
}

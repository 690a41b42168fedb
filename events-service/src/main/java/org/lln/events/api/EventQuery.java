package org.lln.events.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lln.events.domain.EventFilter;
import org.lln.events.domain.EventStatus;
import org.lln.events.domain.EventType;

/**
 * The filter query parameters shared by {@code GET /events} and {@code GET /events.ics}. Wrong types
 * (a bad UUID, an impossible date such as 2025-02-30, an unknown enum value) are 400s naming the parameter.
 */
public class EventQuery {

    @Parameter(description = "Text in code, title or description, case-insensitive, any script", example = "kampot")
    @QueryParam("q")
    public String q;

    @Parameter(description = "Exact code", example = "kampot-clc-workshop-2025")
    @QueryParam("code")
    public String code;

    @QueryParam("type")
    public EventType type;

    @QueryParam("status")
    public EventStatus status;

    @Parameter(description = "Events this partner organises, takes part in or speaks at")
    @QueryParam("partnerId")
    public UUID partnerId;

    @Parameter(description = "Events this partner organises")
    @QueryParam("organizerId")
    public UUID organizerId;

    @Parameter(
            description = "Events not ending before this day (YYYY-MM-DD): an event ending on `from` matches",
            example = "2025-05-01")
    @QueryParam("from")
    public LocalDate from;

    @Parameter(
            description = "Events not starting after this day (YYYY-MM-DD): an event starting on `to` matches",
            example = "2025-05-31")
    @QueryParam("to")
    public LocalDate to;

    @Parameter(description = "ISO 3166-1 alpha-2 of the location", example = "KH")
    @QueryParam("countryCode")
    public String countryCode;

    @Parameter(description = "ISO 3166-2 of the location", example = "KH-7")
    @QueryParam("subdivisionCode")
    public String subdivisionCode;

    @Parameter(description = "Sub-events of this event")
    @QueryParam("parentId")
    public UUID parentId;

    @Parameter(description = "Events of this series")
    @QueryParam("seriesId")
    public UUID seriesId;

    @Parameter(description = "Events tagged with this topic (exact)", example = "clc-capacity-building")
    @QueryParam("topic")
    public String topic;

    /** @return the parameters as the service's filter */
    public EventFilter filter() {
        return new EventFilter(
                q,
                code,
                type,
                status,
                partnerId,
                organizerId,
                from,
                to,
                countryCode,
                subdivisionCode,
                parentId,
                seriesId,
                topic);
    }
}

package org.lln.events.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.events.domain.Event;
import org.lln.events.domain.EventSeries;
import org.lln.events.domain.EventStatus;
import org.lln.events.domain.EventType;
import org.lln.platform.http.Representations;
import org.lln.platform.security.Actor;

/**
 * An event series as {@code GET} returns it and as the {@code data} of its change events, with its
 * events in date order (DESIGN.md, Event series). Its {@code version} also goes up when the list of
 * its events changes.
 */
@Schema(name = "EventSeries", description = "Related events in date order, e.g. INRULED's CLC missions to Cambodia")
public record EventSeriesResponse(
        UUID id,
        String code,
        String title,
        @Schema(nullable = true) String description,
        List<Member> events,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, readOnly = true) Actor updatedBy)
        implements Representations.Versioned {

    /**
     * One event of the series.
     *
     * @param sequence  its place in date order, from 1 (the Kampot workshop is the third mission)
     * @param id        the event
     * @param code      its code
     * @param title     its title
     * @param type      WORKSHOP, MISSION, ...
     * @param status    PLANNED, CONFIRMED, ...
     * @param startDate first day
     * @param endDate   last day, inclusive
     */
    @Schema(name = "EventSeriesMember")
    public record Member(
            int sequence,
            UUID id,
            String code,
            String title,
            EventType type,
            EventStatus status,
            LocalDate startDate,
            LocalDate endDate) {}

    /**
     * @param series a stored series, flushed so its version is current
     * @param events its events in date order
     * @return its API representation
     */
    public static EventSeriesResponse of(EventSeries series, List<Event> events) {
        List<Member> members = new ArrayList<>();
        for (Event event : events) {
            members.add(new Member(
                    members.size() + 1,
                    event.id,
                    event.code,
                    event.title,
                    event.type,
                    event.status,
                    event.startDate,
                    event.endDate));
        }
        return new EventSeriesResponse(
                series.id,
                series.code,
                series.title,
                series.description,
                List.copyOf(members),
                series.version,
                series.createdAt,
                series.updatedAt,
                series.updatedBy);
    }
}

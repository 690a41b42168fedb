package org.lln.events.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.events.domain.AttendanceMode;
import org.lln.events.domain.Event;
import org.lln.events.domain.EventLocation;
import org.lln.events.domain.EventStatus;
import org.lln.events.domain.EventType;
import org.lln.events.domain.Participation;
import org.lln.events.domain.Session;
import org.lln.platform.http.Representations;
import org.lln.platform.security.Actor;

/**
 * An event as {@code GET} returns it and as the {@code data} of its change events (DESIGN.md, Event).
 * Optional members are present with {@code null} when unset; lists are never null.
 */
@Schema(name = "Event", description = "A workshop, mission, site visit, meeting or other event of the network")
public record EventResponse(
        UUID id,
        String code,
        String title,
        @Schema(nullable = true) String description,
        EventType type,
        EventStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        @Schema(nullable = true) AttendanceMode attendanceMode,
        @Schema(nullable = true) EventLocation location,
        @Schema(nullable = true) UUID organizerId,
        @Schema(nullable = true) UUID parentId,
        @Schema(nullable = true) UUID seriesId,
        List<Participation> participants,
        @Schema(nullable = true) Integer attendeeCount,
        List<Session> sessions,
        List<String> topics,
        @Schema(nullable = true) String outcomes,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, readOnly = true) Actor updatedBy)
        implements Representations.Versioned {

    /**
     * @param event a stored event, flushed so its version is current
     * @return its API representation
     */
    public static EventResponse of(Event event) {
        return new EventResponse(
                event.id,
                event.code,
                event.title,
                event.description,
                event.type,
                event.status,
                event.startDate,
                event.endDate,
                event.timeZone,
                event.attendanceMode,
                locationOf(event),
                event.organizerId,
                event.parentId,
                event.seriesId,
                List.copyOf(event.participants),
                event.attendeeCount,
                List.copyOf(event.sessions),
                List.copyOf(event.topics),
                event.outcomes,
                event.version,
                event.createdAt,
                event.updatedAt,
                event.updatedBy);
    }

    private static EventLocation locationOf(Event event) {
        if (event.venue == null
                && event.locality == null
                && event.subdivisionCode == null
                && event.countryCode == null) {
            return null;
        }
        return new EventLocation(event.venue, event.locality, event.subdivisionCode, event.countryCode);
    }
}

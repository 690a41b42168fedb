package org.lln.events.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A presentation or other timed part of an event.
 *
 * @param title        up to 300 characters
 * @param startsAt     RFC 3339 instant; accepted with any offset, stored and returned in UTC, and on one
 *                     of the event's days in the event's time zone; null when not known
 * @param deliveryMode LIVE, RECORDED or ONLINE
 * @param speakers     who speaks, up to 20
 * @param topics       tags, up to 20, each up to 64 characters
 */
public record Session(
        @NotBlank @Size(max = 300) String title,
        @Schema(nullable = true) Instant startsAt,
        @NotNull DeliveryMode deliveryMode,
        @Size(max = 20) List<@Valid @NotNull Speaker> speakers,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> topics) {

    /** Absent lists read as empty ones, so stored and published sessions always carry both. */
    public Session {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}

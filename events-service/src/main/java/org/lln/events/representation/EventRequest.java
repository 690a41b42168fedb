package org.lln.events.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.events.domain.AttendanceMode;
import org.lln.events.domain.EventLocation;
import org.lln.events.domain.EventStatus;
import org.lln.events.domain.EventType;
import org.lln.events.domain.Participation;
import org.lln.events.domain.Session;
import org.lln.events.domain.TimeZoneId;
import org.lln.platform.validation.Code;

/**
 * What a client sends to create ({@code POST}) or replace ({@code PUT}) an event; a merge patch is
 * applied to the current event and read as this type too. Server-owned fields ({@code id},
 * {@code version}, {@code createdAt}, {@code updatedAt}, {@code updatedBy}) are accepted and ignored; any other unknown
 * field is a 400. Rules that span fields or other resources (dates, sessions, parent, partners) are
 * checked by {@code EventRules}.
 */
@JsonIgnoreProperties(
        value = {"id", "version", "createdAt", "updatedAt", "updatedBy"},
        allowGetters = false)
@Schema(name = "EventInput", description = "An event as a client writes it")
public record EventRequest(
        @NotNull @Code @Schema(examples = "kampot-clc-workshop-2025")
        String code,

        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @NotNull EventType type,
        @Schema(description = "PLANNED when absent") EventStatus status,

        @NotNull @Schema(description = "First day, inclusive", examples = "2025-05-06")
        LocalDate startDate,

        @NotNull @Schema(description = "Last day, inclusive; not before startDate", examples = "2025-05-09")
        LocalDate endDate,

        @NotNull @TimeZoneId @Schema(description = "IANA time zone of the event's days", examples = "Asia/Phnom_Penh")
        String timeZone,

        AttendanceMode attendanceMode,
        @Valid EventLocation location,
        @Schema(description = "The organising partner") UUID organizerId,

        @Schema(description = "The event this one is part of; its dates must lie within the parent's")
        UUID parentId,

        @Schema(description = "The series this event belongs to")
        UUID seriesId,

        @Size(max = 200) List<@Valid @NotNull Participation> participants,

        @PositiveOrZero @Schema(description = "People who attended, e.g. 116")
        Integer attendeeCount,

        @Size(max = 100) List<@Valid @NotNull Session> sessions,
        @Size(max = 30) List<@NotBlank @Size(max = 64) String> topics,
        @Size(max = 10000) String outcomes) {

    /** @return the participants, empty when absent */
    public List<Participation> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    /** @return the sessions, empty when absent */
    public List<Session> sessionsOrEmpty() {
        return sessions == null ? List.of() : sessions;
    }

    /** @return the topics, each once in the order given, empty when absent */
    public List<String> topicsOrEmpty() {
        return topics == null ? List.of() : topics.stream().distinct().toList();
    }
}

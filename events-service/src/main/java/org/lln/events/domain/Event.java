package org.lln.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.lln.platform.paging.SearchText;
import org.lln.platform.persistence.ValueListMutability;
import org.lln.platform.persistence.VersionedEntity;
import org.lln.platform.security.Actor;

/**
 * An event as stored in table {@code event}: a workshop, mission, site visit or meeting, possibly a
 * sub-event of another ({@code parentId}) and a member of a series ({@code seriesId}). Participants and
 * sessions are kept as JSON on the row. Never returned as JSON; see {@code EventResponse}.
 */
@Entity
@Table(name = "event")
public class Event extends VersionedEntity {

    public String code;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public EventType type;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "time_zone")
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_mode")
    public AttendanceMode attendanceMode;

    public String venue;

    public String locality;

    @Column(name = "subdivision_code")
    public String subdivisionCode;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "organizer_id")
    public UUID organizerId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "series_id")
    public UUID seriesId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Participation> participants = new ArrayList<>();

    @Column(name = "attendee_count")
    public Integer attendeeCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(ValueListMutability.class)
    public List<Session> sessions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> topics = new ArrayList<>();

    public String outcomes;

    /** Organiser, participants and speakers, derived on every change for the {@code partnerId} filter. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids")
    public List<UUID> partnerIds = new ArrayList<>();

    @Column(name = "search_text")
    public String searchText;

    /** @return a new event with a fresh id and creation time, version 0 */
    public static Event create() {
        Event event = new Event();
        event.initialise();
        return event;
    }

    /** Marks the event changed now by {@code actor} and recomputes the columns derived for the filters. */
    public void touch(Actor actor) {
        markChanged(actor);
        searchText = SearchText.normalise(code, title, description);
        partnerIds = new ArrayList<>(referencedPartners());
    }

    /** @return the organiser, participant and speaker partner ids, each once, in that order */
    public Set<UUID> referencedPartners() {
        Set<UUID> ids = new LinkedHashSet<>();
        if (organizerId != null) {
            ids.add(organizerId);
        }
        participants.forEach(p -> ids.add(p.partnerId()));
        sessions.forEach(s -> s.speakers().stream()
                .map(Speaker::partnerId)
                .filter(Objects::nonNull)
                .forEach(ids::add));
        return ids;
    }
}

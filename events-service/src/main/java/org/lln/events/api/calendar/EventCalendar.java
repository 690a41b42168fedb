package org.lln.events.api.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.lln.contract.ResourceType;
import org.lln.events.domain.EventLocation;
import org.lln.events.domain.Session;
import org.lln.events.representation.EventResponse;
import org.lln.platform.readmodel.References;

/**
 * Writes events as an iCalendar document (RFC 5545) with ical4j. Each event is an all-day
 * {@code VEVENT} whose {@code DTEND} is the day after its last day (RFC 5545, section 3.6.1: the end
 * date is exclusive), with {@code STATUS}, {@code LOCATION}, {@code ORGANIZER} (the partner as
 * {@code urn:uuid:} with its name from the read model as {@code CN}) and, for a sub-event,
 * {@code RELATED-TO} its parent. Each session with a start time is a {@code VEVENT} of its own, in the
 * event's time zone ({@code TZID}, with a {@code VTIMEZONE}), related to its event.
 */
@ApplicationScoped
public class EventCalendar {

    /** Media type of iCalendar documents (RFC 5545, section 8.1). */
    public static final String MEDIA_TYPE = "text/calendar";

    private static final String PRODUCT = "-//LLN Cooperation Suite//events-service//EN";

    @Inject
    References references;

    /**
     * @param events the events, in the order to write them
     * @return the iCalendar text, CRLF line endings, folded at 75 octets
     */
    public String write(List<EventResponse> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        timeZones(events).forEach(calendar::add);
        for (EventResponse event : events) {
            calendar.add(allDay(event));
            List<Session> sessions = event.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i).startsAt() != null) {
                    calendar.add(session(event, i, sessions.get(i)));
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param id an event id
     * @return its {@code UID}, unique across the suite
     */
    public static String uid(UUID id) {
        return id + "@events.lln";
    }

    private VEvent allDay(EventResponse event) {
        VEvent vevent = new VEvent(false);
        common(vevent, event, uid(event.id()), event.title());
        vevent.add(new DtStart<>(event.startDate()));
        vevent.add(new DtEnd<>(event.endDate().plusDays(1)));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(place(event.location())));
        }
        if (event.organizerId() != null) {
            Organizer organizer = new Organizer(URI.create("urn:uuid:" + event.organizerId()));
            references.name(ResourceType.PARTNER, event.organizerId()).ifPresent(name -> organizer.add(new Cn(name)));
            vevent.add(organizer);
        }
        if (event.parentId() != null) {
            vevent.add(new RelatedTo(uid(event.parentId())));
        }
        if (!event.topics().isEmpty()) {
            vevent.add(new Categories(new TextList(event.topics())));
        }
        return vevent;
    }

    private static VEvent session(EventResponse event, int index, Session session) {
        VEvent vevent = new VEvent(false);
        common(vevent, event, event.id() + "-session-" + (index + 1) + "@events.lln", session.title());
        LocalDateTime local = LocalDateTime.ofInstant(session.startsAt(), ZoneId.of(event.timeZone()));
        DtStart<LocalDateTime> start = new DtStart<>(local);
        start.add(new TzId(event.timeZone()));
        vevent.add(start);
        String speakers = session.speakers().stream()
                .map(s -> s.role() == null ? s.name() : s.name() + ", " + s.role())
                .collect(Collectors.joining("; "));
        vevent.add(new Description(session.deliveryMode() + (speakers.isEmpty() ? "" : ": " + speakers)));
        vevent.add(new RelatedTo(uid(event.id())));
        if (!session.topics().isEmpty()) {
            vevent.add(new Categories(new TextList(session.topics())));
        }
        return vevent;
    }

    private static void common(VEvent vevent, EventResponse event, String uid, String summary) {
        vevent.add(new Uid(uid));
        vevent.add(new DtStamp(event.updatedAt()));
        vevent.add(new Created(event.createdAt()));
        vevent.add(new LastModified(event.updatedAt()));
        vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.version())));
        vevent.add(new Summary(summary));
        vevent.add(status(event));
    }

    /** PLANNED and POSTPONED are tentative, CONFIRMED and COMPLETED confirmed (RFC 5545, section 3.8.1.11). */
    private static Status status(EventResponse event) {
        return switch (event.status()) {
            case CONFIRMED, COMPLETED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case PLANNED, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
        };
    }

    private static String place(EventLocation location) {
        return Stream.of(location.venue(), location.locality(), location.subdivisionCode(), location.countryCode())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    /** One VTIMEZONE per zone of the events, covering a year either side of them. */
    private static List<VTimeZone> timeZones(List<EventResponse> events) {
        Set<String> zones = new TreeSet<>();
        events.forEach(e -> zones.add(e.timeZone()));
        List<VTimeZone> components = new ArrayList<>();
        if (events.isEmpty()) {
            return components;
        }
        Instant from = events.stream()
                .map(EventResponse::startDate)
                .min(LocalDate::compareTo)
                .orElseThrow()
                .minusYears(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        Instant until = events.stream()
                .map(EventResponse::endDate)
                .max(LocalDate::compareTo)
                .orElseThrow()
                .plusYears(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        zones.forEach(zone -> components.add(TimeZoneComponents.of(ZoneId.of(zone), from, until)));
        return components;
    }
}

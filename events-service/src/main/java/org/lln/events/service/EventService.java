package org.lln.events.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lln.contract.ResourceType;
import org.lln.events.domain.Event;
import org.lln.events.domain.EventFilter;
import org.lln.events.domain.EventLocation;
import org.lln.events.domain.EventStatus;
import org.lln.events.domain.EventType;
import org.lln.events.persistence.EventRepository;
import org.lln.events.representation.EventRequest;
import org.lln.events.representation.EventResponse;
import org.lln.platform.http.MergePatch;
import org.lln.platform.http.Preconditions;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.paging.QueryFilter;
import org.lln.platform.persistence.Writes;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.security.Caller;

/**
 * The event rules and their transactions: every change is stored and recorded in the outbox for topic
 * {@code lln.events} in one transaction (DESIGN.md, Change events), naming its actor. A change that
 * alters an event's place in a series also updates that series. Who may write what: {@link EventOwnership}.
 */
@ApplicationScoped
@Transactional
public class EventService {

    /** API fields an event list may be sorted by, mapped to entity attributes. */
    public static final Map<String, String> SORTABLE = Map.of(
            "startDate",
            "startDate",
            "endDate",
            "endDate",
            "title",
            "title",
            "code",
            "code",
            "type",
            "type",
            "status",
            "status",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");

    /** Most events one iCalendar feed holds. */
    public static final int CALENDAR_LIMIT = 1000;

    @Inject
    EventRepository events;

    @Inject
    EventRules rules;

    @Inject
    EventSeriesService series;

    @Inject
    Writes writes;

    @Inject
    MergePatch mergePatch;

    @Inject
    EventOwnership ownership;

    @Inject
    Caller caller;

    /**
     * @param filter  the list filters; null members are not applied
     * @param request page, size and sort
     * @return one page of events
     * @throws ProblemException 400 when {@code to} is before {@code from}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EventResponse> list(EventFilter filter, PageRequest request) {
        return PageResponse.of(query(filter, request), request, EventResponse::of);
    }

    /**
     * @param filter the list filters, as for {@link #list}
     * @return up to {@link #CALENDAR_LIMIT} matching events in date order, for an iCalendar feed
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventResponse> calendar(EventFilter filter) {
        PageRequest dateOrder = PageRequest.of(null, null, null, SORTABLE, "startDate");
        return query(filter, dateOrder).range(0, CALENDAR_LIMIT - 1).list().stream()
                .map(EventResponse::of)
                .toList();
    }

    /**
     * @param id an event id
     * @return the event
     * @throws ProblemException 404 when there is none
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventResponse get(UUID id) {
        return EventResponse.of(load(id));
    }

    /**
     * @param request a validated event
     * @return the created event, version 0
     * @throws ProblemException 400, 409 (duplicate code) or 422 (unknown or unusable reference)
     */
    public EventResponse create(EventRequest request) {
        ownership.requireCreate(request);
        Event event = Event.create();
        rules.check(event, request);
        apply(event, request);
        EventResponse response = writes.created(ResourceType.EVENT, event, EventResponse::of);
        series.eventsChanged(null, event.seriesId);
        return response;
    }

    /**
     * Replaces every field of an event ({@code PUT}).
     *
     * @param id      the event
     * @param ifMatch the {@code If-Match} header, or null
     * @param request a validated event
     * @return the replaced event
     * @throws ProblemException 404, 412 (stale If-Match), 400, 409 or 422
     */
    public EventResponse replace(UUID id, String ifMatch, EventRequest request) {
        Event event = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, event.version);
        return update(event, request);
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) and validates the result like a {@code PUT}.
     *
     * @param id      the event
     * @param ifMatch the {@code If-Match} header, or null
     * @param patch   the merge patch
     * @return the patched event
     * @throws ProblemException 404, 412, 400, 409 or 422
     */
    public EventResponse patch(UUID id, String ifMatch, JsonMergePatch patch) {
        Event event = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, event.version);
        return update(event, mergePatch.apply(patch, EventResponse.of(event), EventRequest.class));
    }

    /**
     * Deletes an event that has no sub-events and publishes {@code org.lln.event.deleted} with
     * {@code {id, version}}, the version one above the last.
     *
     * @param id      the event
     * @param ifMatch the {@code If-Match} header, or null
     * @throws ProblemException 404, 412, or 409 while it has sub-events
     */
    public void delete(UUID id, String ifMatch) {
        Event event = load(id);
        Preconditions.requireMatch(ifMatch, event.version);
        List<Event> subEvents = events.subEvents(id);
        if (!subEvents.isEmpty()) {
            throw ProblemException.conflict(
                    null,
                    "Event " + event.code + " still has " + subEvents.size()
                            + " sub-event(s); delete them or move them to another parent first.");
        }
        UUID seriesId = event.seriesId;
        writes.deleted(ResourceType.EVENT, event);
        series.eventsChanged(seriesId, null);
    }

    private PanacheQuery<Event> query(EventFilter filter, PageRequest request) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalidParameter("to", "must not be before from " + filter.from());
        }
        QueryFilter where = new QueryFilter()
                .contains("searchText", filter.q())
                .where("code = :code", "code", filter.code())
                .where("type = :type", "type", filter.type())
                .where("status = :status", "status", filter.status())
                .where("array_contains(partnerIds, :partnerId)", "partnerId", filter.partnerId())
                .where("organizerId = :organizerId", "organizerId", filter.organizerId())
                .where("endDate >= :from", "from", filter.from())
                .where("startDate <= :to", "to", filter.to())
                .where("countryCode = :countryCode", "countryCode", filter.countryCode())
                .where("subdivisionCode = :subdivisionCode", "subdivisionCode", filter.subdivisionCode())
                .where("parentId = :parentId", "parentId", filter.parentId())
                .where("seriesId = :seriesId", "seriesId", filter.seriesId())
                .where("array_contains(topics, :topic)", "topic", filter.topic());
        return events.find(where.query(), request.sort(), where.parameters());
    }

    private EventResponse update(Event event, EventRequest request) {
        ownership.requireUpdate(event, request);
        rules.check(event, request);
        rules.checkSubEventsInside(event, request.startDate(), request.endDate());
        UUID formerSeries = event.seriesId;
        SeriesEntry formerEntry = SeriesEntry.of(event);
        apply(event, request);
        EventResponse response = writes.updated(ResourceType.EVENT, event, EventResponse::of);
        if (!Objects.equals(formerSeries, event.seriesId) || !formerEntry.equals(SeriesEntry.of(event))) {
            series.eventsChanged(formerSeries, event.seriesId);
        }
        return response;
    }

    /** What a series shows of an event; when it changes, the series' representation changes too. */
    private record SeriesEntry(
            String code, String title, EventType type, EventStatus status, LocalDate startDate, LocalDate endDate) {

        static SeriesEntry of(Event event) {
            return new SeriesEntry(event.code, event.title, event.type, event.status, event.startDate, event.endDate);
        }
    }

    private void apply(Event event, EventRequest request) {
        event.code = request.code();
        event.title = request.title();
        event.description = request.description();
        event.type = request.type();
        event.status = request.status() == null ? EventStatus.PLANNED : request.status();
        event.startDate = request.startDate();
        event.endDate = request.endDate();
        event.timeZone = request.timeZone();
        event.attendanceMode = request.attendanceMode();
        EventLocation location = request.location();
        event.venue = location == null ? null : location.venue();
        event.locality = location == null ? null : location.locality();
        event.subdivisionCode = location == null ? null : location.subdivisionCode();
        event.countryCode = location == null ? null : location.countryCode();
        event.organizerId = request.organizerId();
        event.parentId = request.parentId();
        event.seriesId = request.seriesId();
        event.participants = new ArrayList<>(request.participantsOrEmpty());
        event.attendeeCount = request.attendeeCount();
        event.sessions = new ArrayList<>(request.sessionsOrEmpty());
        event.topics = new ArrayList<>(request.topicsOrEmpty());
        event.outcomes = request.outcomes();
        event.touch(caller.actor());
    }

    /** @return the event, once the caller is known to organise or host it */
    private Event loadForWrite(UUID id) {
        caller.requireWriter();
        Event event = load(id);
        ownership.requireWrite(event);
        return event;
    }

    private Event load(UUID id) {
        Event event = events.findById(id);
        if (event == null) {
            throw ProblemException.notFound("Event", id);
        }
        return event;
    }
}

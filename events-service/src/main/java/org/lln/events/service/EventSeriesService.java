package org.lln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lln.contract.ResourceType;
import org.lln.events.domain.EventSeries;
import org.lln.events.persistence.EventRepository;
import org.lln.events.persistence.EventSeriesRepository;
import org.lln.events.representation.EventSeriesRequest;
import org.lln.events.representation.EventSeriesResponse;
import org.lln.platform.http.MergePatch;
import org.lln.platform.http.Preconditions;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.paging.QueryFilter;
import org.lln.platform.persistence.Writes;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.security.Caller;

/**
 * The event series rules and their transactions; every change is recorded in the outbox for topic
 * {@code lln.events} as {@code org.lln.event-series.*}. A series lists its events, so a change in that
 * list is a change of the series: its version goes up and an update is published. Who may write a
 * series: {@link EventOwnership}.
 */
@ApplicationScoped
@Transactional
public class EventSeriesService {

    /** API fields a series list may be sorted by, mapped to entity attributes. */
    public static final Map<String, String> SORTABLE =
            Map.of("title", "title", "code", "code", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    EventSeriesRepository series;

    @Inject
    EventRepository events;

    @Inject
    Writes writes;

    @Inject
    MergePatch mergePatch;

    @Inject
    EventOwnership ownership;

    @Inject
    Caller caller;

    /**
     * @param q       case-insensitive text in code, title or description; null for all
     * @param code    exact code; null for all
     * @param request page, size and sort
     * @return one page of series, each with its events
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EventSeriesResponse> list(String q, String code, PageRequest request) {
        QueryFilter where = new QueryFilter().contains("searchText", q).where("code = :code", "code", code);
        return PageResponse.of(series.find(where.query(), request.sort(), where.parameters()), request, this::response);
    }

    /**
     * @param id a series id
     * @return the series with its events in date order
     * @throws ProblemException 404 when there is none
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventSeriesResponse get(UUID id) {
        return response(load(id));
    }

    /**
     * @param request a validated series
     * @return the created series, version 0, without events
     * @throws ProblemException 409 for a duplicate code
     */
    public EventSeriesResponse create(EventSeriesRequest request) {
        caller.requireWriter();
        EventSeries created = EventSeries.create();
        apply(created, request);
        return writes.created(ResourceType.EVENT_SERIES, created, this::response);
    }

    /**
     * @param id      the series
     * @param ifMatch the {@code If-Match} header, or null
     * @param request a validated series
     * @return the replaced series
     * @throws ProblemException 404, 412 or 409
     */
    public EventSeriesResponse replace(UUID id, String ifMatch, EventSeriesRequest request) {
        EventSeries current = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, current.version);
        return update(current, request);
    }

    /**
     * @param id      the series
     * @param ifMatch the {@code If-Match} header, or null
     * @param patch   a JSON Merge Patch (RFC 7396)
     * @return the patched series
     * @throws ProblemException 404, 412, 400 or 409
     */
    public EventSeriesResponse patch(UUID id, String ifMatch, JsonMergePatch patch) {
        EventSeries current = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, current.version);
        return update(current, mergePatch.apply(patch, response(current), EventSeriesRequest.class));
    }

    /**
     * @param id      the series
     * @param ifMatch the {@code If-Match} header, or null
     * @throws ProblemException 404, 412, or 409 while events still belong to it
     */
    public void delete(UUID id, String ifMatch) {
        EventSeries current = load(id);
        Preconditions.requireMatch(ifMatch, current.version);
        long members = events.count("seriesId", id);
        if (members > 0) {
            throw ProblemException.conflict(
                    null,
                    "Series " + current.code + " still has " + members
                            + " event(s); remove them from the series (seriesId null) first.");
        }
        writes.deleted(ResourceType.EVENT_SERIES, current);
    }

    /**
     * Records that the events of one or two series changed (an event joined, left, moved or was renamed):
     * each named series gets a new version and an {@code org.lln.event-series.updated} event.
     *
     * @param former the series an event belonged to before, or null
     * @param latter the series it belongs to now, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eventsChanged(UUID former, UUID latter) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (former != null) {
            ids.add(former);
        }
        if (latter != null) {
            ids.add(latter);
        }
        for (UUID id : ids) {
            EventSeries changed = series.findById(id);
            if (changed == null) {
                continue;
            }
            changed.touch(caller.actor());
            writes.updated(ResourceType.EVENT_SERIES, changed, this::response);
        }
    }

    private EventSeriesResponse update(EventSeries current, EventSeriesRequest request) {
        apply(current, request);
        return writes.updated(ResourceType.EVENT_SERIES, current, this::response);
    }

    private void apply(EventSeries target, EventSeriesRequest request) {
        target.code = request.code();
        target.title = request.title();
        target.description = request.description();
        target.touch(caller.actor());
    }

    private EventSeriesResponse response(EventSeries target) {
        return EventSeriesResponse.of(target, events.inSeries(target.id));
    }

    /** @return the series, once the caller is known to maintain it */
    private EventSeries loadForWrite(UUID id) {
        caller.requireWriter();
        EventSeries current = load(id);
        ownership.requireWrite(current);
        return current;
    }

    private EventSeries load(UUID id) {
        EventSeries found = series.findById(id);
        if (found == null) {
            throw ProblemException.notFound("Event series", id);
        }
        return found;
    }
}

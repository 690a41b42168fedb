package org.lln.collaboration.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lln.collaboration.domain.AreaFilter;
import org.lln.collaboration.domain.AreaPartner;
import org.lln.collaboration.domain.AreaTransition;
import org.lln.collaboration.domain.CollaborationArea;
import org.lln.collaboration.domain.NetworkCalendar;
import org.lln.collaboration.persistence.AreaTransitionRepository;
import org.lln.collaboration.persistence.CollaborationAreaRepository;
import org.lln.collaboration.representation.CollaborationAreaRequest;
import org.lln.collaboration.representation.CollaborationAreaResponse;
import org.lln.collaboration.representation.TransitionRequest;
import org.lln.collaboration.representation.TransitionResponse;
import org.lln.contract.AreaStatus;
import org.lln.contract.ResourceType;
import org.lln.platform.http.MergePatch;
import org.lln.platform.http.Preconditions;
import org.lln.platform.paging.PageRequest;
import org.lln.platform.paging.PageResponse;
import org.lln.platform.paging.QueryFilter;
import org.lln.platform.persistence.Writes;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.readmodel.References;
import org.lln.platform.security.Caller;

/**
 * The collaboration-area rules and their transactions: the fields a client writes, the status
 * pipeline of {@link AreaStatus} with its history, and the change events recorded through {@link Writes}, each
 * change stored and recorded in one transaction with its actor. Who may write what: {@link AreaOwnership}.
 */
@ApplicationScoped
@Transactional
public class CollaborationAreaService {

    /** API fields an area list may be sorted by, mapped to entity attributes. */
    public static final Map<String, String> SORTABLE = Map.of(
            "title",
            "title",
            "code",
            "code",
            "theme",
            "theme",
            "status",
            "status",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");

    @Inject
    CollaborationAreaRepository areas;

    @Inject
    AreaTransitionRepository transitions;

    @Inject
    Writes writes;

    @Inject
    References references;

    @Inject
    MergePatch mergePatch;

    @Inject
    NetworkCalendar calendar;

    @Inject
    AreaOwnership ownership;

    @Inject
    Caller caller;

    /**
     * @param filter  the list filters; null members are not applied
     * @param request page, size and sort
     * @return one page of areas
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CollaborationAreaResponse> list(AreaFilter filter, PageRequest request) {
        QueryFilter where = new QueryFilter()
                .contains("searchText", filter.q())
                .where("code = :code", "code", filter.code())
                .where("status = :status", "status", filter.status())
                .where("theme = :theme", "theme", filter.theme())
                .where("array_contains(partnerIds, :partnerId)", "partnerId", filter.partnerId())
                .where("array_contains(originEventIds, :eventId)", "eventId", filter.eventId())
                .where("array_contains(sdgTargets, :sdgTarget)", "sdgTarget", filter.sdgTarget())
                .where(
                        "array_contains(dimensions, :dimension)",
                        "dimension",
                        filter.dimension() == null ? null : filter.dimension().name());
        LocalDate today = calendar.today();
        return PageResponse.of(
                areas.find(where.query(), request.sort(), where.parameters()),
                request,
                area -> CollaborationAreaResponse.of(area, today));
    }

    /**
     * @param id an area id
     * @return the area
     * @throws ProblemException 404 when there is none
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollaborationAreaResponse get(UUID id) {
        return CollaborationAreaResponse.of(found(id, areas.findWithActions(id)), calendar.today());
    }

    /**
     * Creates an area in status IDENTIFIED, starts its history and records {@code created}.
     *
     * @param request a validated request
     * @return the stored area, version 0
     * @throws ProblemException 409 for a taken code, 400 for a partner listed twice, 422 for an unknown or
     *                          archived partner or an unknown event
     */
    public CollaborationAreaResponse create(CollaborationAreaRequest request) {
        ownership.requireCreate(request.partnersOrEmpty());
        CollaborationArea area = CollaborationArea.create();
        apply(area, request);
        CollaborationAreaResponse created = writes.created(ResourceType.COLLABORATION_AREA, area, this::response);
        transitions.persist(AreaTransition.of(area, null, null));
        return created;
    }

    /**
     * Replaces the client-written fields of an area (not its status) and records {@code updated}.
     *
     * @param id      the area id
     * @param ifMatch the {@code If-Match} header, or null
     * @param request a validated request
     * @return the stored area with its new version
     * @throws ProblemException 404, 412 for a stale If-Match, and as {@link #create}
     */
    public CollaborationAreaResponse replace(UUID id, String ifMatch, CollaborationAreaRequest request) {
        CollaborationArea area = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, area.version);
        apply(area, request);
        return writes.updated(ResourceType.COLLABORATION_AREA, area, this::response);
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to an area and records {@code updated}; a {@code status}
     * member is ignored like the other server-owned fields.
     *
     * @param id      the area id
     * @param ifMatch the {@code If-Match} header, or null
     * @param patch   the merge patch
     * @return the stored area with its new version
     * @throws ProblemException as {@link #replace}; a patched state that fails validation is a 400
     */
    public CollaborationAreaResponse patch(UUID id, String ifMatch, JsonMergePatch patch) {
        CollaborationArea area = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, area.version);
        CollaborationAreaResponse current = CollaborationAreaResponse.of(area, calendar.today());
        apply(area, mergePatch.apply(patch, current, CollaborationAreaRequest.class));
        return writes.updated(ResourceType.COLLABORATION_AREA, area, this::response);
    }

    /**
     * Deletes an area with its history and action items and records {@code deleted} with {@code {id, version}}.
     *
     * @param id      the area id
     * @param ifMatch the {@code If-Match} header, or null
     * @throws ProblemException 404, 412
     */
    public void delete(UUID id, String ifMatch) {
        CollaborationArea area = load(id);
        Preconditions.requireMatch(ifMatch, area.version);
        writes.deleted(ResourceType.COLLABORATION_AREA, area);
    }

    /**
     * Moves an area along an edge of its status pipeline, adds the move to its history and records
     * {@code updated}.
     *
     * @param id      the area id
     * @param ifMatch the {@code If-Match} header, or null
     * @param request the requested status and a note
     * @return the area in its new status
     * @throws ProblemException 404, 412, or 409 naming the current and requested states when the
     *                          pipeline has no such edge
     */
    public CollaborationAreaResponse transition(UUID id, String ifMatch, TransitionRequest request) {
        CollaborationArea area = loadForWrite(id);
        Preconditions.requireMatch(ifMatch, area.version);
        AreaStatus from = area.status;
        if (!from.canMoveTo(request.to())) {
            throw ProblemException.conflict("to", refusal(area, request.to()));
        }
        area.status = request.to();
        area.touch(caller.actor());
        transitions.persist(AreaTransition.of(area, from, request.note()));
        return writes.updated(ResourceType.COLLABORATION_AREA, area, this::response);
    }

    /**
     * @param id      the area id
     * @param request page and size (the order is always oldest first)
     * @return its status history, beginning with its creation
     * @throws ProblemException 404 when there is no such area
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TransitionResponse> history(UUID id, PageRequest request) {
        load(id);
        return PageResponse.of(transitions.find("areaId", Sort.by("id"), id), request, TransitionResponse::of);
    }

    private void apply(CollaborationArea area, CollaborationAreaRequest request) {
        List<AreaPartner> partners = request.partnersOrEmpty();
        ownership.requireUpdate(partners);
        checkListedOnce(partners);
        List<UUID> events = List.copyOf(new LinkedHashSet<>(request.originEventIdsOrEmpty()));
        references.requireAll(
                ResourceType.PARTNER,
                i -> "partners[" + i + "].partnerId",
                partners.stream().map(AreaPartner::partnerId).toList(),
                Set.copyOf(area.partnerIds));
        references.requireAll(
                ResourceType.EVENT, i -> "originEventIds[" + i + "]", events, Set.copyOf(area.originEventIds));
        area.code = request.code();
        area.title = request.title();
        area.description = request.description();
        area.theme = request.theme();
        area.dimensions = request.dimensionsOrEmpty().stream()
                .distinct()
                .map(Enum::name)
                .collect(Collectors.toCollection(ArrayList::new));
        area.setPartners(partners);
        area.originEventIds = new ArrayList<>(events);
        area.sdgTargets = new ArrayList<>(new LinkedHashSet<>(request.sdgTargetsOrEmpty()));
        area.touch(caller.actor());
    }

    private static void checkListedOnce(List<AreaPartner> partners) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            if (!seen.add(partners.get(i).partnerId())) {
                throw ProblemException.invalid(
                        "partners[" + i + "].partnerId", "lists a partner already listed; give each partner one role");
            }
        }
    }

    private static String refusal(CollaborationArea area, AreaStatus to) {
        Set<AreaStatus> next = area.status.next();
        String allowed = next.isEmpty()
                ? area.status + " is closed: no transition leaves it."
                : "From " + area.status + " it can move to "
                        + next.stream().map(Enum::name).collect(Collectors.joining(" or ")) + ".";
        return "Collaboration area " + area.code + " is " + area.status + "; it cannot move to " + to + ". " + allowed;
    }

    private CollaborationAreaResponse response(CollaborationArea area) {
        return CollaborationAreaResponse.of(area, calendar.today());
    }

    /** @return the area, once the caller is known to lead it */
    private CollaborationArea loadForWrite(UUID id) {
        caller.requireWriter();
        CollaborationArea area = load(id);
        ownership.requireWrite(area);
        return area;
    }

    private CollaborationArea load(UUID id) {
        return found(id, areas.findById(id));
    }

    private static CollaborationArea found(UUID id, CollaborationArea area) {
        if (area == null) {
            throw ProblemException.notFound("Collaboration area", id);
        }
        return area;
    }
}

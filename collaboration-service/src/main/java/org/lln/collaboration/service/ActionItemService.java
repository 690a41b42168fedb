package org.lln.collaboration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonMergePatch;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lln.collaboration.domain.ActionFilter;
import org.lln.collaboration.domain.ActionItem;
import org.lln.collaboration.domain.CollaborationArea;
import org.lln.collaboration.domain.NetworkCalendar;
import org.lln.collaboration.persistence.ActionItemRepository;
import org.lln.collaboration.persistence.CollaborationAreaRepository;
import org.lln.collaboration.representation.ActionItemRequest;
import org.lln.collaboration.representation.ActionItemResponse;
import org.lln.collaboration.representation.CollaborationAreaResponse;
import org.lln.contract.ActionStatus;
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
 * The action items of a collaboration area and their transactions. Every change of an item is also a
 * change of its area: the area's version moves on and {@link Writes} records it as
 * {@code org.lln.collaboration-area.updated} in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ActionItemService {

    /** API fields an action list may be sorted by, mapped to entity attributes. */
    public static final Map<String, String> SORTABLE = Map.of(
            "dueDate",
            "dueDate",
            "title",
            "title",
            "status",
            "status",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");

    /** {@link ActionStatus#PENDING} as a JPQL list of enum literals. */
    private static final String PENDING = ActionStatus.PENDING.stream()
            .map(status -> ActionStatus.class.getName() + "." + status.name())
            .collect(Collectors.joining(", ", "(", ")"));

    @Inject
    ActionItemRepository items;

    @Inject
    CollaborationAreaRepository areas;

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
     * @param areaId  the area
     * @param filter  the list filters; null members are not applied
     * @param request page, size and sort
     * @return one page of the area's action items
     * @throws ProblemException 404 when there is no such area
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ActionItemResponse> list(UUID areaId, ActionFilter filter, PageRequest request) {
        loadArea(areaId);
        LocalDate today = calendar.today();
        QueryFilter where = new QueryFilter()
                .where("area.id = :areaId", "areaId", areaId)
                .where("status = :status", "status", filter.status())
                .where("ownerPartnerId = :owner", "owner", filter.ownerPartnerId());
        if (filter.overdue() != null) {
            where.where(
                    filter.overdue()
                            ? "dueDate < :today and status in " + PENDING
                            : "(dueDate is null or dueDate >= :today or status not in " + PENDING + ")",
                    "today",
                    today);
        }
        return PageResponse.of(
                items.find(where.query(), request.sort(), where.parameters()),
                request,
                item -> ActionItemResponse.of(item, today));
    }

    /**
     * @param areaId   the area
     * @param actionId one of its action items
     * @return the item
     * @throws ProblemException 404 when the area or the item (in that area) does not exist
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionItemResponse get(UUID areaId, UUID actionId) {
        return ActionItemResponse.of(load(areaId, actionId), calendar.today());
    }

    /**
     * Adds an action item to an area and records the area's {@code updated} event.
     *
     * @param areaId  the area
     * @param request a validated request
     * @return the stored item, version 0
     * @throws ProblemException 404 for an unknown area, 422 naming {@code ownerPartnerId} for an unknown or archived partner
     */
    public ActionItemResponse create(UUID areaId, ActionItemRequest request) {
        caller.requireWriter();
        CollaborationArea area = loadArea(areaId);
        ownership.requireAction(area, null, request.ownerPartnerId());
        ActionItem item = ActionItem.createIn(area);
        apply(item, request);
        items.persist(item);
        return changed(item);
    }

    /**
     * Replaces an action item and records the area's {@code updated} event.
     *
     * @param areaId   the area
     * @param actionId the item
     * @param ifMatch  the {@code If-Match} header (the item's ETag), or null
     * @param request  a validated request
     * @return the stored item with its new version
     * @throws ProblemException 404, 412 for a stale If-Match, 422 for a new owner that is unknown or archived
     */
    public ActionItemResponse replace(UUID areaId, UUID actionId, String ifMatch, ActionItemRequest request) {
        caller.requireWriter();
        ActionItem item = load(areaId, actionId);
        Preconditions.requireMatch(ifMatch, item.version);
        ownership.requireAction(item.area, item, request.ownerPartnerId());
        apply(item, request);
        return changed(item);
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to an action item and records the area's {@code updated} event.
     *
     * @param areaId   the area
     * @param actionId the item
     * @param ifMatch  the {@code If-Match} header (the item's ETag), or null
     * @param patch    the merge patch
     * @return the stored item with its new version
     * @throws ProblemException as {@link #replace}; a patched state that fails validation is a 400
     */
    public ActionItemResponse patch(UUID areaId, UUID actionId, String ifMatch, JsonMergePatch patch) {
        caller.requireWriter();
        ActionItem item = load(areaId, actionId);
        Preconditions.requireMatch(ifMatch, item.version);
        ActionItemResponse current = ActionItemResponse.of(item, calendar.today());
        ActionItemRequest request = mergePatch.apply(patch, current, ActionItemRequest.class);
        ownership.requireAction(item.area, item, request.ownerPartnerId());
        apply(item, request);
        return changed(item);
    }

    /**
     * Removes an action item and records the area's {@code updated} event.
     *
     * @param areaId   the area
     * @param actionId the item
     * @param ifMatch  the {@code If-Match} header (the item's ETag), or null
     * @throws ProblemException 404, 412
     */
    public void delete(UUID areaId, UUID actionId, String ifMatch) {
        ActionItem item = load(areaId, actionId);
        Preconditions.requireMatch(ifMatch, item.version);
        CollaborationArea area = item.area;
        area.actions.remove(item);
        items.delete(item);
        area.touch(caller.actor());
        writes.updated(ResourceType.COLLABORATION_AREA, area, this::areaResponse);
    }

    private void apply(ActionItem item, ActionItemRequest request) {
        references.require(
                ResourceType.PARTNER,
                "ownerPartnerId",
                request.ownerPartnerId(),
                item.ownerPartnerId == null ? Set.of() : Set.of(item.ownerPartnerId));
        item.title = request.title();
        item.ownerPartnerId = request.ownerPartnerId();
        item.dueDate = request.dueDate();
        item.status = request.status() == null ? ActionStatus.OPEN : request.status();
        item.markChanged(caller.actor());
    }

    private ActionItemResponse changed(ActionItem item) {
        item.area.touch(caller.actor());
        writes.updated(ResourceType.COLLABORATION_AREA, item.area, this::areaResponse);
        return ActionItemResponse.of(item, calendar.today());
    }

    private CollaborationAreaResponse areaResponse(CollaborationArea area) {
        return CollaborationAreaResponse.of(area, calendar.today());
    }

    private ActionItem load(UUID areaId, UUID actionId) {
        loadArea(areaId);
        ActionItem item = items.findById(actionId);
        if (item == null || !item.area.id.equals(areaId)) {
            throw ProblemException.notFound("Action item", actionId);
        }
        return item;
    }

    private CollaborationArea loadArea(UUID areaId) {
        CollaborationArea area = areas.findById(areaId);
        if (area == null) {
            throw ProblemException.notFound("Collaboration area", areaId);
        }
        return area;
    }
}

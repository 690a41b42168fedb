package org.lln.collaboration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.lln.collaboration.api.CollaborationAreaResponse;
import org.lln.collaboration.persistence.CollaborationAreaRepository;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.platform.outbox.Outbox;
import org.lln.platform.security.Caller;

/**
 * Records a change of a collaboration area in the outbox for topic {@code lln.collaboration-areas}, in
 * the transaction that makes it (DESIGN.md, Change events). Transitions and action-item changes are
 * {@code updated} events of their area, carrying the whole area as {@code GET} returns it. Each names
 * its actor, the caller of the request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AreaChanges {

    @Inject
    CollaborationAreaRepository areas;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    @Inject
    Caller caller;

    /**
     * @param area a newly persisted area
     * @return its representation, recorded as {@code org.lln.collaboration-area.created}
     */
    public CollaborationAreaResponse created(CollaborationArea area) {
        return record(area, ChangeType.CREATED);
    }

    /**
     * @param area a changed area, touched so its version moves on
     * @return its representation with the new version, recorded as {@code org.lln.collaboration-area.updated}
     */
    public CollaborationAreaResponse updated(CollaborationArea area) {
        return record(area, ChangeType.UPDATED);
    }

    /**
     * Records {@code org.lln.collaboration-area.deleted} with data {@code {id, version}}.
     *
     * @param id          the deleted area
     * @param lastVersion its version before deletion; the event carries the next one
     */
    public void deleted(UUID id, long lastVersion) {
        outbox.record(ResourceType.COLLABORATION_AREA, ChangeType.DELETED, new Deleted(id, lastVersion + 1), caller.actor());
    }

    private CollaborationAreaResponse record(CollaborationArea area, ChangeType change) {
        areas.flush();
        CollaborationAreaResponse response = CollaborationAreaResponse.of(area, calendar.today());
        outbox.record(ResourceType.COLLABORATION_AREA, change, response, caller.actor());
        return response;
    }
}

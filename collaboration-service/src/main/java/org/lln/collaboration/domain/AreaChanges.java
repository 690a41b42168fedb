package org.lln.collaboration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.lln.collaboration.api.CollaborationAreaResponse;
import org.lln.collaboration.persistence.CollaborationAreaRepository;
import org.lln.platform.outbox.Outbox;

/**
 * Records a change of a collaboration area in the outbox for topic {@code lln.collaboration-areas}, in
 * the transaction that makes it (DESIGN.md, Change events). Transitions and action-item changes are
 * {@code updated} events of their area, carrying the whole area as {@code GET} returns it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AreaChanges {

    /** Kafka topic of collaboration-area changes. */
    public static final String TOPIC = "lln.collaboration-areas";

    private static final String TYPE = "org.lln.collaboration-area.";

    @Inject
    CollaborationAreaRepository areas;

    @Inject
    Outbox outbox;

    @Inject
    NetworkCalendar calendar;

    /**
     * @param area a newly persisted area
     * @return its representation, recorded as {@code org.lln.collaboration-area.created}
     */
    public CollaborationAreaResponse created(CollaborationArea area) {
        return record(area, "created");
    }

    /**
     * @param area a changed area, touched so its version moves on
     * @return its representation with the new version, recorded as {@code org.lln.collaboration-area.updated}
     */
    public CollaborationAreaResponse updated(CollaborationArea area) {
        return record(area, "updated");
    }

    /**
     * Records {@code org.lln.collaboration-area.deleted} with data {@code {id, version}}.
     *
     * @param id          the deleted area
     * @param lastVersion its version before deletion; the event carries the next one
     */
    public void deleted(UUID id, long lastVersion) {
        outbox.record(TOPIC, TYPE + "deleted", subject(id), id.toString(), Map.of("id", id, "version", lastVersion + 1));
    }

    private CollaborationAreaResponse record(CollaborationArea area, String change) {
        areas.flush();
        CollaborationAreaResponse response = CollaborationAreaResponse.of(area, calendar.today());
        outbox.record(TOPIC, TYPE + change, subject(area.id), area.id.toString(), response);
        return response;
    }

    private static String subject(UUID id) {
        return "collaboration-areas/" + id;
    }
}

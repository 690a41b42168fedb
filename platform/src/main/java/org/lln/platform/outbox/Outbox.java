package org.lln.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.lln.contract.ChangeEventEncoder;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.EncodedChange;
import org.lln.contract.InvalidChangeEvent;
import org.lln.contract.ResourceType;
import org.lln.platform.security.Actor;

/**
 * The write side of the transactional outbox: records a change event, written by the contract's
 * {@link ChangeEventEncoder} as a CloudEvents 1.0 structured JSON document, in table
 * {@code outbox_event}, inside the caller's transaction, so the event exists if and only if the change
 * committed. After the commit the {@link OutboxRelay} is woken to publish it.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private ChangeEventEncoder encoder;

    @PostConstruct
    void createEncoder() {
        encoder = new ChangeEventEncoder(mapper, Clock.systemUTC());
    }

    /**
     * Records one change event on the resource's topic, keyed by its id. Must run in the transaction
     * that makes the change.
     *
     * @param resource what changed, e.g. {@link ResourceType#PARTNER}: names the topic, source, type and subject
     * @param change   created, updated or deleted
     * @param data     the resource as {@code GET} returns it, or a {@link Deleted} for a deletion; its
     *                 {@code id} and {@code version} key the event
     * @param actor    who made the change: the CloudEvents extension attributes {@code actor} and {@code actorpartner}
     * @return the CloudEvent {@code id}, unique per change
     * @throws InvalidChangeEvent when the data breaks the resource's schema (a programming error: the
     *                            change is rolled back rather than published to consumers that would refuse it)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(ResourceType resource, ChangeType change, Object data, Actor actor) {
        EncodedChange event = encoder.encode(resource, change, data, actor.subject(), actor.partnerId());
        entityManager
                .createNativeQuery("""
                insert into outbox_event (event_id, topic, event_key, event_type, cloud_event)
                values (:id, :topic, :key, :type, :event)""")
                .setParameter("id", event.eventId())
                .setParameter("topic", event.topic())
                .setParameter("key", event.key())
                .setParameter("type", event.type())
                .setParameter("event", event.json())
                .executeUpdate();
        wakeRelayAfterCommit();
        return event.eventId();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}

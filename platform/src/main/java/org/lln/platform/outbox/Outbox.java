package org.lln.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The write side of the transactional outbox: records a change event as a CloudEvents 1.0 structured
 * JSON document in table {@code outbox_event}, inside the caller's transaction, so the event exists if
 * and only if the change committed. After the commit the {@link OutboxRelay} is woken to publish it.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    /**
     * Records one change event. Must run in the transaction that makes the change.
     *
     * @param topic   Kafka topic, e.g. {@code lln.partners}
     * @param type    CloudEvent type, e.g. {@code org.lln.partner.created}
     * @param subject CloudEvent subject, e.g. {@code partners/<id>}; also the record key is the id after the slash
     * @param key     the Kafka record key: the resource id
     * @param data    the event data: the resource as {@code GET} returns it, or {@code {id, version}} for a deletion
     * @return the CloudEvent {@code id}, unique per change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String type, String subject, String key, Object data) {
        UUID id = UUID.randomUUID();
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(URI.create(config.source()))
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
                .withDataContentType("application/json")
                .withData(BytesCloudEventData.wrap(toJson(data)))
                .build();
        entityManager.createNativeQuery("""
                insert into outbox_event (event_id, topic, event_key, event_type, cloud_event)
                values (:id, :topic, :key, :type, :event)""")
                .setParameter("id", id)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("type", type)
                .setParameter("event", new String(format.serialize(event), StandardCharsets.UTF_8))
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    private byte[] toJson(Object data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data cannot be written as JSON", e);
        }
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}

package org.lln.platform.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lln.contract.ChangeEvent;
import org.lln.contract.ChangeEventDecoder;
import org.lln.contract.InvalidChangeEvent;

/**
 * Applies other services' change events to this service's read models (table {@code read_model}),
 * idempotently and in any order (DESIGN.md, Change events): a CloudEvent {@code id} seen before
 * changes nothing, and a row is only replaced by a higher {@code version}. A deletion leaves a
 * tombstone with its version, so an older event arriving late cannot bring the resource back.
 */
@ApplicationScoped
public class ReadModelStore {

    /** What applying one event did. */
    public enum Outcome {
        /** the read model now holds this event's version */
        APPLIED,
        /** the read model already held this version or a newer one */
        STALE,
        /** this CloudEvent id was applied before */
        DUPLICATE
    }

    /**
     * What applying one record of a batch did.
     *
     * @param outcome      what happened, or null when the record can never apply
     * @param poisonReason why it can never apply (the decoder's reason), or null when it applied
     */
    public record Applied(Outcome outcome, String poisonReason) {

        /** @return whether the record can never apply and belongs on the dead-letter topic */
        public boolean poison() {
            return outcome == null;
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    private final ChangeEventDecoder decoder = new ChangeEventDecoder();

    /**
     * Reads a Kafka record value with the contract's {@link ChangeEventDecoder} and applies it.
     *
     * @param value the record value: a change event of the suite (CloudEvents 1.0 JSON document whose type is
     *              {@code org.lln.<resource>.<created|updated|deleted>} and whose data satisfies the resource's
     *              schema in module {@code contract})
     * @return what happened
     * @throws PoisonRecordException when the value is not such a document, with the decoder's reason
     */
    @Transactional
    public Outcome apply(byte[] value) {
        return apply(decode(value));
    }

    /**
     * Applies record values in order in one transaction, so a poll's records cost one commit instead of one
     * each. Each value is applied exactly as {@link #apply(byte[])} would, so idempotency and
     * the version guard hold record by record, also between records of the same batch. A value that is not
     * a change event of the suite changes nothing and is reported as poison; the others still apply.
     * Any other failure rolls the whole batch back, and the caller retries it.
     *
     * @param values record values, in the order of their partitions
     * @return what happened to each, in the same order
     */
    @Transactional
    public List<Applied> applyAll(List<byte[]> values) {
        List<Applied> results = new ArrayList<>(values.size());
        for (byte[] value : values) {
            ChangeEvent event;
            try {
                event = decoder.decode(value);
            } catch (InvalidChangeEvent e) {
                results.add(new Applied(null, e.getMessage()));
                continue;
            }
            results.add(new Applied(apply(event), null));
        }
        return results;
    }

    private Outcome apply(ChangeEvent event) {
        if (!firstDelivery(event.id())) {
            return Outcome.DUPLICATE;
        }
        String resource = event.resource().typeName();
        int changed =
                upsert(resource, event.resourceId(), event.version(), event.deleted(), event.data(), event.time());
        if (event.time() != null) {
            timer(resource).record(Duration.between(event.time().toInstant(), Instant.now()));
        }
        return changed == 1 ? Outcome.APPLIED : Outcome.STALE;
    }

    /**
     * @param resource the resource type as in the CloudEvent type, e.g. {@code partner}
     * @param id       the resource id
     * @return the resource as its latest applied event carried it, or empty when unknown or deleted
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JsonNode> current(String resource, UUID id) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select cast(data as text) from read_model where resource_type = :resource and id = :id and not deleted")
                .setParameter("resource", resource)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree((String) rows.get(0)));
        } catch (IOException e) {
            throw new IllegalStateException("Read model row of " + resource + " " + id + " is not JSON", e);
        }
    }

    private ChangeEvent decode(byte[] value) {
        try {
            return decoder.decode(value);
        } catch (InvalidChangeEvent e) {
            PoisonRecordException poison = new PoisonRecordException(e.getMessage());
            poison.initCause(e);
            throw poison;
        }
    }

    private boolean firstDelivery(UUID eventId) {
        return entityManager
                        .createNativeQuery("insert into consumed_event (event_id) values (:id) on conflict do nothing")
                        .setParameter("id", eventId)
                        .executeUpdate()
                == 1;
    }

    private int upsert(String resource, UUID id, long version, boolean deleted, JsonNode data, OffsetDateTime time) {
        return entityManager
                .createNativeQuery("""
                insert into read_model (resource_type, id, version, deleted, data, event_time)
                values (:resource, :id, :version, :deleted, cast(:data as jsonb), :time)
                on conflict (resource_type, id) do update
                set version = excluded.version, deleted = excluded.deleted, data = excluded.data,
                    event_time = excluded.event_time, applied_at = clock_timestamp()
                where read_model.version < excluded.version""")
                .setParameter("resource", resource)
                .setParameter("id", id)
                .setParameter("version", version)
                .setParameter("deleted", deleted)
                .setParameter("data", data.toString())
                .setParameter("time", time == null ? null : time.toInstant())
                .executeUpdate();
    }

    private Timer timer(String resource) {
        return Timer.builder("lln.readmodel.time.to.applied")
                .description("Time from a CloudEvent's time to its application to this service's read model")
                .tag("resource", resource)
                .publishPercentileHistogram()
                .register(registry);
    }
}

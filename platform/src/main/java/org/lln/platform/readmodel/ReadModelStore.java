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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
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

    private static final String UPSERT = """
            insert into read_model (resource_type, id, version, deleted, data, event_time)
            values (?, ?, ?, ?, cast(? as jsonb), ?)
            on conflict (resource_type, id) do update
            set version = excluded.version, deleted = excluded.deleted, data = excluded.data,
                event_time = excluded.event_time, applied_at = clock_timestamp()
            where read_model.version < excluded.version""";

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
        return applyInOrder(List.of(decode(value))).get(0);
    }

    /**
     * Applies record values in order in one transaction, so a poll's records cost one commit and two
     * statements instead of a commit and two statements each. Each value is applied exactly as
     * {@link #apply(byte[])} would, so idempotency and the version guard hold record by record, also between
     * records of the same batch. A value that is not a change event of the suite changes nothing and is
     * reported as poison; the others still apply. Any other failure rolls the whole batch back, and the
     * caller retries it.
     *
     * @param values record values, in the order of their partitions
     * @return what happened to each, in the same order
     */
    @Transactional
    public List<Applied> applyAll(List<byte[]> values) {
        List<ChangeEvent> events = new ArrayList<>(values.size());
        List<String> poison = new ArrayList<>(values.size());
        for (byte[] value : values) {
            try {
                events.add(decoder.decode(value));
                poison.add(null);
            } catch (InvalidChangeEvent e) {
                events.add(null);
                poison.add(e.getMessage());
            }
        }
        List<Outcome> outcomes = applyInOrder(events);
        List<Applied> results = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            results.add(new Applied(outcomes.get(i), poison.get(i)));
        }
        return results;
    }

    /**
     * Records the events' ids as consumed in one statement; the events whose id was new are then upserted, in
     * order, as one JDBC batch, each row only replaced by a higher version. An id seen twice in the list is
     * applied at its first place only.
     *
     * @param events decoded events; null entries (poison) are skipped and get a null outcome
     * @return each event's outcome, in the same order
     */
    private List<Outcome> applyInOrder(List<ChangeEvent> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> firstDeliveries = firstDeliveries(connection, events);
            List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(events.size(), (Outcome) null));
            List<Integer> upserted = new ArrayList<>();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    ChangeEvent event = events.get(i);
                    if (event == null) {
                        continue;
                    }
                    if (!firstDeliveries.remove(event.id())) {
                        outcomes.set(i, Outcome.DUPLICATE);
                        continue;
                    }
                    upsert.setString(1, event.resource().typeName());
                    upsert.setObject(2, event.resourceId());
                    upsert.setLong(3, event.version());
                    upsert.setBoolean(4, event.deleted());
                    upsert.setString(5, event.data().toString());
                    if (event.time() == null) {
                        upsert.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        upsert.setObject(6, event.time());
                    }
                    upsert.addBatch();
                    upserted.add(i);
                }
                if (upserted.isEmpty()) {
                    return outcomes;
                }
                int[] counts = upsert.executeBatch();
                for (int k = 0; k < upserted.size(); k++) {
                    int i = upserted.get(k);
                    ChangeEvent event = events.get(i);
                    outcomes.set(i, counts[k] == 1 ? Outcome.APPLIED : Outcome.STALE);
                    if (event.time() != null) {
                        timer(event.resource().typeName())
                                .record(Duration.between(event.time().toInstant(), Instant.now()));
                    }
                }
            }
            return outcomes;
        });
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

    /** @return the ids among the events' that were not consumed before, now recorded as consumed */
    private static Set<UUID> firstDeliveries(Connection connection, List<ChangeEvent> events) throws SQLException {
        Object[] ids = events.stream()
                .filter(Objects::nonNull)
                .map(ChangeEvent::id)
                .distinct()
                .toArray();
        Set<UUID> first = new HashSet<>();
        if (ids.length == 0) {
            return first;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into consumed_event (event_id) select unnest(?) on conflict do nothing returning event_id")) {
            insert.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return first;
    }

    private Timer timer(String resource) {
        return Timer.builder("lln.readmodel.time.to.applied")
                .description("Time from a CloudEvent's time to its application to this service's read model")
                .tag("resource", resource)
                .publishPercentileHistogram()
                .register(registry);
    }
}

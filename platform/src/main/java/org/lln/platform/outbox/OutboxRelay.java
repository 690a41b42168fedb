package org.lln.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka. One background thread per instance wakes right after a commit that
 * recorded events (and at least every {@code lln.outbox.sweep-interval}), locks a batch of unpublished
 * rows with {@code FOR UPDATE SKIP LOCKED} (so several instances share the work without publishing a
 * row twice), sends them with an idempotent producer ({@code acks=all}), and marks each row published
 * only after the broker acknowledged it. Rows the broker did not acknowledge stay for the next attempt;
 * nothing waits for Kafka on the request path.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Producer<String, byte[]> producer;
    private Timer commitToAck;

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        commitToAck = Timer.builder("lln.outbox.commit.to.ack")
                .description("Time from an outbox row's insert to the broker's acknowledgement of its record")
                .publishPercentileHistogram()
                .register(registry);
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        signal.release();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks the relay to publish now; cheap and non-blocking, called after each commit that recorded events. */
    public void wake() {
        signal.release();
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> properties = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                properties.put(key, value);
            }
        });
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        int delivery = (int) Math.max(6_000, config.sendTimeout().toMillis());
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace("/", "") + "-outbox-relay");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                signal.tryAcquire(config.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                while (running && publishBatch() == config.batchSize()) {
                    // a full batch: more may be waiting
                }
                backoff = Duration.ofMillis(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish (will retry in %d ms): %s", backoff.toMillis(), e.getMessage());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : backoff.multipliedBy(2);
            }
        }
    }

    /** Waits before a retry; a {@link #wake()} (a new commit, or shutdown) ends the wait early. */
    private void pause(Duration duration) {
        try {
            signal.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Publishes one batch in its own transaction.
     *
     * @return the number of rows locked in this batch
     * @throws IllegalStateException after the transaction, when the broker did not acknowledge every row
     */
    int publishBatch() {
        int[] counts = QuarkusTransaction.requiringNew().timeout((int) config.sendTimeout().toSeconds() + 30).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                List<PendingEvent> batch = lockBatch(connection);
                if (batch.isEmpty()) {
                    return new int[] {0, 0};
                }
                List<PendingEvent> acknowledged = send(batch);
                markPublished(connection, acknowledged);
                return new int[] {batch.size(), acknowledged.size()};
            }
        });
        if (counts[1] < counts[0]) {
            throw new IllegalStateException((counts[0] - counts[1]) + " of " + counts[0]
                    + " events not acknowledged by the broker");
        }
        return counts[0];
    }

    private List<PendingEvent> lockBatch(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select sequence, topic, event_key, cloud_event, created_at from outbox_event
                where published_at is null order by sequence limit ? for update skip locked""")) {
            select.setInt(1, config.batchSize());
            List<PendingEvent> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getTimestamp(5).toInstant()));
                }
            }
            return batch;
        }
    }

    private List<PendingEvent> send(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> futures = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
                    event.cloudEvent().getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
            futures.add(producer.send(record));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<PendingEvent> acknowledged = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i));
                commitToAck.record(Duration.between(batch.get(i).createdAt(), Instant.now()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                LOG.debugf("Event %d not acknowledged: %s", batch.get(i).sequence(), e.getMessage());
            }
        }
        return acknowledged;
    }

    private static void markPublished(Connection connection, List<PendingEvent> acknowledged) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_event set published_at = clock_timestamp(), position = nextval('outbox_position_seq')
                where sequence = ?""")) {
            for (PendingEvent event : acknowledged) {
                update.setLong(1, event.sequence());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private record PendingEvent(long sequence, String topic, String key, String cloudEvent, Instant createdAt) {
    }
}

package org.lln.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.lln.platform.kafka.KafkaProperties;

/**
 * Publishes outbox rows to Kafka, in {@code sequence} order, from one instance of the service at a time.
 *
 * <p>The publishing instance is the one holding a PostgreSQL session-level advisory lock on its own
 * connection; the others wait and take over within a sweep interval when its session ends (the process
 * died, or the database restarted). One publisher keeps each resource's changes in commit order on its
 * partition (two changes of one resource commit one after the other, because the second waits for the
 * first's row lock) and makes change-feed positions commit in increasing order, so a reader resuming
 * after a position never skips one.
 *
 * <p>No database transaction is held while Kafka is waited on: the relay reads a batch, sends it with an
 * idempotent producer ({@code acks=all}) that retries until the broker acknowledges (a broker outage only
 * delays the wait; the producer's own retries are de-duplicated by the broker), then marks the
 * acknowledged rows published in a short transaction that also assigns their feed positions. Rows
 * acknowledged while the database was unreachable are remembered and marked once it is back, instead of
 * being sent again. When a publisher dies between acknowledgement and marking, the next one finds those
 * records on the topic before it sends anything ({@link PublishedBefore}) and marks their rows instead of
 * sending them again; only a record still in flight from the dead process can arrive twice, and consumers
 * are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Advisory lock key of the outbox relay, in the service's own database ("LLN-OUTB" in ASCII). */
    static final long LEADER_LOCK = 0x4c4c4e2d4f555442L;

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

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
    private final List<PendingEvent> unmarked = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean leader;
    private boolean reconciled;
    private Thread worker;
    private Producer<String, byte[]> producer;
    private Connection connection;
    private Timer commitToAck;
    private Instant failingSince;

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

    /** Stops within a few seconds even with the broker down; unacknowledged rows stay for the next start. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        signal.release();
        worker.join(TimeUnit.SECONDS.toMillis(4));
        producer.close(Duration.ofSeconds(1));
        closeConnection();
    }

    /** Asks the relay to publish now; cheap and non-blocking, called after each commit that recorded events. */
    public void wake() {
        signal.release();
    }

    /** @return whether this instance currently holds the publishing lock */
    public boolean isLeader() {
        return leader;
    }

    private Map<String, Object> producerProperties() {
        return KafkaProperties.forProducer(
                kafkaConfig,
                config.source().replace("/", "") + "-outbox-relay",
                Map.of(
                        ProducerConfig.LINGER_MS_CONFIG, 1,
                        // send() blocks at most this long for metadata or buffer space; the loop then backs off and
                        // retries
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                        // never give up on a record the broker may already hold: sending it anew would be a duplicate
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE));
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                signal.tryAcquire(config.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                if (!leadership()) {
                    continue;
                }
                if (!reconciled) {
                    reconcile();
                }
                markUnmarked();
                while (running && publishBatch() == config.batchSize()) {
                    // a full batch: more may be waiting
                }
                recovered();
                backoff = Duration.ofMillis(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                failed(e, backoff);
                if (e instanceof SQLException) {
                    closeConnection();
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * @return whether this instance holds the publishing lock, taking it when it is free
     * @throws SQLException when the database cannot be reached
     */
    private boolean leadership() throws SQLException {
        if (connection == null || connection.isClosed()) {
            leader = false;
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        if (!leader) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LEADER_LOCK);
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    leader = result.getBoolean(1);
                }
            }
            if (leader) {
                LOG.infof("This instance now publishes the outbox of %s", config.source());
                reconciled = false;
            }
        }
        return leader;
    }

    /**
     * Before a new publisher sends anything: marks the unpublished rows that a previous publisher had already put
     * on the topic ({@link PublishedBefore}), instead of sending them again after it.
     *
     * @throws SQLException when the database cannot be reached
     */
    private void reconcile() throws SQLException {
        Set<Long> found = PublishedBefore.find(connection, kafkaConfig, Duration.ofSeconds(10));
        Set<Long> known = new HashSet<>();
        unmarked.forEach(e -> known.add(e.sequence()));
        found.stream()
                .filter(sequence -> !known.contains(sequence))
                .sorted()
                .forEach(sequence -> unmarked.add(new PendingEvent(sequence, null, null, null, null)));
        unmarked.sort(Comparator.comparingLong(PendingEvent::sequence));
        if (!found.isEmpty()) {
            LOG.infof(
                    "%d unpublished rows were on their topic already (sent by the previous publisher before it "
                            + "could mark them): marked published, not sent again",
                    found.size());
        }
        reconciled = true;
    }

    /**
     * Publishes one batch: reads the oldest unpublished rows, sends them, waits for the broker, marks them.
     *
     * @return the number of rows read
     * @throws SQLException when the database cannot be reached
     */
    int publishBatch() throws SQLException, InterruptedException {
        List<PendingEvent> batch = readBatch();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Sent> sent = send(batch);
        awaitAcknowledgements(sent);
        markUnmarked();
        if (sent.size() < batch.size()) {
            throw new IllegalStateException(
                    "Kafka took " + sent.size() + " of " + batch.size() + " records; the rest wait");
        }
        return batch.size();
    }

    private List<PendingEvent> readBatch() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select sequence, topic, event_key, cloud_event, created_at from outbox_event
                where published_at is null order by sequence limit ?""")) {
            select.setInt(1, config.batchSize());
            List<PendingEvent> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getTimestamp(5).toInstant()));
                }
            }
            return batch;
        }
    }

    /**
     * Sends in order; stops at the first record the producer will not take (no metadata, full buffer), so
     * that no later row overtakes it: the producer keeps order only among the records it accepted.
     */
    private List<Sent> send(List<PendingEvent> batch) {
        List<Sent> sent = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                    event.topic(), event.key(), event.cloudEvent().getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add(
                            "content-type",
                            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> future;
            try {
                future = producer.send(record);
            } catch (RuntimeException e) {
                LOG.debugf("Kafka did not take event %d: %s", event.sequence(), e.getMessage());
                break;
            }
            if (failedAlready(future)) {
                // no metadata within max.block.ms: the producer failed it at once; sending the rows after it
                // now could put a later change of the same resource on the topic before this one
                break;
            }
            sent.add(new Sent(event, future));
        }
        return sent;
    }

    private static boolean failedAlready(Future<RecordMetadata> future) {
        if (!future.isDone()) {
            return false;
        }
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            LOG.debugf("Kafka did not take a record: %s", e.getCause().getMessage());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Waits, as long as the relay runs, for each sent record's acknowledgement, and remembers the
     * acknowledged rows for marking. A record the producer gives up on (a non-retriable error) stays
     * unpublished and is sent again by a later batch.
     */
    private void awaitAcknowledgements(List<Sent> sent) throws InterruptedException {
        for (Sent record : sent) {
            while (true) {
                try {
                    record.future().get(1, TimeUnit.SECONDS);
                    unmarked.add(record.event());
                    commitToAck.record(Duration.between(record.event().createdAt(), Instant.now()));
                    break;
                } catch (TimeoutException e) {
                    if (!running) {
                        return;
                    }
                } catch (ExecutionException e) {
                    LOG.warnf(
                            "Kafka refused event %d (%s); it stays unpublished",
                            record.event().sequence(), e.getCause().getMessage());
                    break;
                }
            }
        }
    }

    /** Marks acknowledged rows published and gives them their feed positions, in one short transaction. */
    private void markUnmarked() throws SQLException {
        if (unmarked.isEmpty()) {
            return;
        }
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_event set published_at = clock_timestamp(), position = nextval('outbox_position_seq')
                where sequence = ? and published_at is null""")) {
            for (PendingEvent event : unmarked) {
                update.setLong(1, event.sequence());
                update.addBatch();
            }
            update.executeBatch();
            connection.commit();
            unmarked.clear();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the caller drops it
            }
            throw e;
        } finally {
            if (!connection.isClosed()) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is gone; the caller drops it
                }
            }
        }
    }

    private void failed(Exception e, Duration backoff) {
        if (failingSince == null) {
            failingSince = Instant.now();
            LOG.warnf(
                    "Outbox relay cannot publish, retrying every %d ms up to %d s until it can: %s",
                    backoff.toMillis(), MAX_BACKOFF.toSeconds(), e.getMessage());
        } else {
            LOG.debugf("Outbox relay still cannot publish: %s", e.getMessage());
        }
    }

    private void recovered() {
        if (failingSince != null) {
            LOG.infof(
                    "Outbox relay publishing again after %d s",
                    Duration.between(failingSince, Instant.now()).toSeconds());
            failingSince = null;
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

    private void closeConnection() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    private record PendingEvent(long sequence, String topic, String key, String cloudEvent, Instant createdAt) {}

    private record Sent(PendingEvent event, Future<RecordMetadata> future) {}
}

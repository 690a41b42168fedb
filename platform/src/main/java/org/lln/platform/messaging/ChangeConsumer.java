package org.lln.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.lln.platform.kafka.KafkaProperties;
import org.lln.platform.readmodel.PoisonRecordException;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Feeds this service's read models from the other services' topics ({@code lln.messaging.topics}), as
 * consumer group {@code lln.messaging.group-id}, with a plain Kafka consumer on its own thread.
 *
 * <p>A poll's records are applied through {@link ReadModelStore#applyAll} in one transaction (idempotent,
 * order-tolerant record by record; one commit per poll). A record that
 * can never apply (a {@link PoisonRecordException}: not a change event of the suite, unknown type, data
 * that does not satisfy the resource's schema) goes to the dead-letter topic with the reason in its
 * headers, and consumption goes on. Any other failure (the database unreachable or restarting, a
 * timeout, a deadlock) is retried with back-off, the partitions paused and the offset not committed,
 * until it succeeds (DESIGN.md, Change events): a valid record is never sent away. Offsets are committed
 * only after the records before them took effect, so a crash or a rebalance redelivers, never skips.
 */
@ApplicationScoped
public class ChangeConsumer {

    private static final Logger LOG = Logger.getLogger(ChangeConsumer.class);

    @Inject
    MessagingConfig config;

    @Inject
    ReadModelStore store;

    @Inject
    DeadLetterTopic deadLetters;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private volatile boolean running;
    private volatile Instant retryingSince;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;

    void start(@Observes StartupEvent startup) {
        List<String> topics = config.topics().orElse(List.of());
        if (topics.isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(() -> run(topics), "change-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops within a few seconds, broker or database down or not; what was not committed is redelivered. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        worker.join(TimeUnit.SECONDS.toMillis(3));
    }

    /** @return since when a record has failed to apply for a transient reason, or null when none is failing */
    public Instant retryingSince() {
        return retryingSince;
    }

    /** Consumes until stopped; after an unexpected failure, starts over from the committed offsets. */
    private void run(List<String> topics) {
        while (running) {
            try {
                consume(topics);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("Change consumer failed unexpectedly; resuming from the committed offsets", e);
                sleep(config.maxRetryBackoff());
            }
        }
    }

    private void consume(List<String> topics) {
        consumer = new KafkaConsumer<>(KafkaProperties.forConsumer(
                kafkaConfig,
                config.groupId(),
                Map.of(
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords(),
                        ConsumerConfig.FETCH_MIN_BYTES_CONFIG, config.fetchMinBytes(),
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                                (int) config.fetchMaxWait().toMillis(),
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName())));
        processed.clear();
        assigned.clear();
        try {
            consumer.subscribe(topics, new Rebalance());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                records.forEach(batch::add);
                if (!batch.isEmpty()) {
                    handle(batch);
                }
                commit(Duration.ofSeconds(5));
            }
        } finally {
            try {
                commit(Duration.ofSeconds(1));
            } catch (WakeupException e) {
                // shutting down: what was not committed is redelivered
            }
            consumer.close(Duration.ofSeconds(1));
        }
    }

    /**
     * Applies a poll's records in one transaction ({@link ReadModelStore#applyAll}), retrying the batch after a
     * transient failure until it applies, its partitions are taken away by a rebalance, or the service stops;
     * then sends its poison records to the dead-letter topic, in order, and marks each record processed.
     * Records of one partition keep their order; a partition whose dead letter could not be sent (the service
     * is stopping) is not marked past it, so it and the records after it are redelivered (and found applied).
     */
    private void handle(List<ConsumerRecord<String, byte[]>> batch) {
        Duration backoff = Duration.ofMillis(100);
        List<ConsumerRecord<String, byte[]>> pending = batch;
        while (running) {
            pending = pending.stream()
                    .filter(r -> assigned.contains(partitionOf(r)))
                    .toList();
            if (pending.isEmpty()) {
                return;
            }
            List<ReadModelStore.Applied> results;
            try {
                results = store.applyAll(
                        pending.stream().map(ConsumerRecord::value).toList());
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                failing(pending.get(0), e);
                if (!waitWhilePaused(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxRetryBackoff()) > 0
                        ? config.maxRetryBackoff()
                        : backoff.multipliedBy(2);
                continue;
            }
            recovered();
            markProcessed(pending, results);
            return;
        }
    }

    private void markProcessed(List<ConsumerRecord<String, byte[]>> records, List<ReadModelStore.Applied> results) {
        Set<TopicPartition> held = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            TopicPartition partition = partitionOf(record);
            if (held.contains(partition)) {
                continue;
            }
            ReadModelStore.Applied result = results.get(i);
            String outcome =
                    result.poison() ? "dead-lettered" : result.outcome().name().toLowerCase();
            if (result.poison() && !deadLetters.send(record, result.poisonReason(), () -> running)) {
                held.add(partition);
                continue;
            }
            registry.counter("lln.consumer.records", "topic", record.topic(), "outcome", outcome)
                    .increment();
            processed.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
    }

    private static TopicPartition partitionOf(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    /**
     * Waits with every partition paused, polling meanwhile so the group keeps this member (and so a
     * rebalance can take partitions away): paused partitions return no records.
     *
     * @return whether the consumer still runs
     */
    private boolean waitWhilePaused(Duration backoff) {
        try {
            long deadline = System.nanoTime() + backoff.toNanos();
            while (running && System.nanoTime() < deadline) {
                consumer.pause(consumer.assignment());
                ConsumerRecords<String, byte[]> none =
                        consumer.poll(Duration.ofMillis(Math.min(200, backoff.toMillis())));
                for (TopicPartition partition : none.partitions()) {
                    // cannot happen for paused partitions; if it does, fetch these records again later
                    consumer.seek(partition, none.records(partition).get(0).offset());
                }
            }
        } finally {
            consumer.resume(consumer.assignment());
        }
        return running;
    }

    /** Commits the processed offsets; when the broker cannot take them now, they are committed later. */
    private void commit(Duration timeout) {
        if (processed.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(processed, timeout);
            processed.clear();
        } catch (CommitFailedException e) {
            processed.clear();
            LOG.debugf(
                    "Offsets not committed, this member left the group (the records are redelivered): %s",
                    e.getMessage());
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.debugf("Offsets not committed yet: %s", e.getMessage());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failing(ConsumerRecord<String, byte[]> record, RuntimeException e) {
        if (retryingSince == null) {
            retryingSince = Instant.now();
            LOG.warnf(
                    "Cannot apply %s-%d@%d yet (%s); retrying until it applies, consumption paused",
                    record.topic(), record.partition(), record.offset(), rootMessage(e));
        } else {
            LOG.debugf(
                    "Still cannot apply %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), rootMessage(e));
        }
    }

    private void recovered() {
        if (retryingSince != null) {
            LOG.infof(
                    "Read models applying again after %d s",
                    Duration.between(retryingSince, Instant.now()).toSeconds());
            retryingSince = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Commits what was processed before partitions leave, and stops work on the ones that left. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
            partitions.forEach(p -> {
                OffsetAndMetadata offset = processed.remove(p);
                if (offset != null) {
                    leaving.put(p, offset);
                }
            });
            assigned.removeAll(partitions);
            if (!leaving.isEmpty()) {
                try {
                    consumer.commitSync(leaving, Duration.ofSeconds(5));
                } catch (RuntimeException e) {
                    LOG.debugf(
                            "Offsets of revoked partitions not committed (the new owner redelivers): %s",
                            e.getMessage());
                }
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(processed::remove);
            assigned.removeAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned.addAll(partitions);
        }
    }
}

package org.lln.platform.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.lln.platform.kafka.KafkaProperties;
import org.lln.platform.messaging.DeadLetterTopic;
import org.lln.platform.messaging.MessagingConfig;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.problem.ProblemType;
import org.lln.platform.readmodel.PoisonRecordException;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Lists and replays this service's dead-letter topic ({@code <group>.dlq}). The topic is read from its
 * beginning to its current end without a consumer group, so listing commits nothing and replay can be
 * repeated: a replayed record that now applies takes effect once, through the read models' version check.
 */
@ApplicationScoped
public class DeadLetters {

    private static final int MAX_VALUE_CHARS = 4096;

    @Inject
    MessagingConfig config;

    @Inject
    ReadModelStore store;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /**
     * @return every record on the dead-letter topic, oldest first
     * @throws ProblemException 503 when the broker cannot be reached
     */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        read(record -> letters.add(describe(record)));
        return letters;
    }

    /**
     * Applies every dead-lettered record again.
     *
     * @return counts, and the records that still cannot apply
     * @throws ProblemException 503 when the broker cannot be reached; a database failure propagates (503)
     */
    public ReplayResult replay() {
        int[] counts = new int[3];
        List<DeadLetter> failing = new ArrayList<>();
        read(record -> {
            counts[0]++;
            try {
                if (store.apply(record.value()) == ReadModelStore.Outcome.APPLIED) {
                    counts[1]++;
                } else {
                    counts[2]++;
                }
            } catch (PoisonRecordException e) {
                DeadLetter letter = describe(record);
                failing.add(new DeadLetter(
                        letter.offset(),
                        letter.partition(),
                        letter.deadLetteredAt(),
                        e.getMessage(),
                        letter.fromTopic(),
                        letter.fromPartition(),
                        letter.fromOffset(),
                        letter.key(),
                        letter.value()));
            }
        });
        return new ReplayResult(counts[0], counts[1], counts[2], failing);
    }

    private void read(Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaProperties.forConsumer(
                kafkaConfig,
                null,
                Map.of(
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class.getName(),
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        ByteArrayDeserializer.class.getName(),
                        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        5_000,
                        ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        5_000)))) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(config.deadLetterTopic(), Duration.ofSeconds(5)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(5)) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw unavailable("the dead-letter topic could not be read to its end within 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw unavailable("Kafka cannot be reached: " + e.getMessage());
        }
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of());
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        if (value != null && value.length() > MAX_VALUE_CHARS) {
            value = value.substring(0, MAX_VALUE_CHARS);
        }
        String partition = header(record, DeadLetterTopic.PARTITION);
        String offset = header(record, DeadLetterTopic.OFFSET);
        return new DeadLetter(
                record.offset(),
                record.partition(),
                Instant.ofEpochMilli(record.timestamp()),
                header(record, DeadLetterTopic.REASON),
                header(record, DeadLetterTopic.TOPIC),
                partition == null || !partition.matches("\\d{1,9}") ? null : Integer.valueOf(partition),
                offset == null || !offset.matches("\\d{1,18}") ? null : Long.valueOf(offset),
                record.key(),
                value);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

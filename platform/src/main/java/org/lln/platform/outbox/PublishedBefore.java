package org.lln.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.lln.platform.kafka.KafkaProperties;

/**
 * Finds the unpublished outbox rows that are on their topic already: rows a previous publisher (another
 * instance, or this one before a crash) had sent and the broker had acknowledged, but that it could not mark
 * published before it died. The relay marks them instead of sending them again, so a fail-over neither
 * duplicates a change nor puts an older version of a resource after a newer one.
 *
 * <p>Each topic's partitions are read from the first record stamped at or after the oldest unpublished row's
 * creation, less {@link #CLOCK_MARGIN} for clocks that differ between the database and the publishers (a
 * record's timestamp is its producer's clock at send, which comes after the row's insert), to their end, and
 * the CloudEvent ids found are matched with the rows' {@code event_id}. A record still on its way from the dead
 * publisher when the topic is read is not found, and is sent again: a duplicate consumers apply once.
 */
final class PublishedBefore {

    /** How far before the oldest unpublished row the topics are read. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedBefore() {}

    /**
     * @param connection  a connection to the service's database
     * @param kafkaConfig the broker settings
     * @param timeout     how long the reading of the topics may take
     * @return the sequences of the unpublished rows that are on their topic already
     * @throws SQLException     when the database cannot be read
     * @throws TimeoutException when the topics cannot be read in time (Kafka unreachable): try again later
     */
    static Set<Long> find(Connection connection, Map<String, Object> kafkaConfig, Duration timeout)
            throws SQLException {
        Map<String, Long> sequenceById = new HashMap<>();
        Map<String, Instant> oldestByTopic = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "select sequence, event_id, topic, created_at from outbox_event where published_at is null");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sequenceById.put(rows.getString(2), rows.getLong(1));
                Instant created = rows.getTimestamp(4).toInstant();
                oldestByTopic.merge(rows.getString(3), created, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (sequenceById.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaProperties.forConsumer(
                kafkaConfig,
                null,
                Map.of(
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000)))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<TopicPartition, Long> from = new HashMap<>();
            for (var topic : oldestByTopic.entrySet()) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (PartitionInfo info : consumer.partitionsFor(topic.getKey(), timeout)) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
                long since = topic.getValue().minus(CLOCK_MARGIN).toEpochMilli();
                Map<TopicPartition, Long> times = new HashMap<>();
                partitions.forEach(p -> times.put(p, since));
                Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times, timeout);
                Map<TopicPartition, Long> topicEnds = consumer.endOffsets(partitions, timeout);
                for (TopicPartition p : partitions) {
                    OffsetAndTimestamp start = offsets.get(p);
                    if (start != null && start.offset() < topicEnds.get(p)) {
                        from.put(p, start.offset());
                    }
                }
            }
            if (from.isEmpty()) {
                return found;
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(from.keySet(), timeout);
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (from.keySet().stream().anyMatch(p -> consumer.position(p, timeout) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the topics could not be read within " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Long sequence = sequenceById.get(cloudEventId(record.value()));
                    if (sequence != null) {
                        found.add(sequence);
                    }
                }
            }
        }
        return found;
    }

    private static String cloudEventId(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode id = JSON.readTree(value).get("id");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }
}

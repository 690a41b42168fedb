package org.lln.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every record of one topic, read from the beginning to the end offsets of the moment by a plain consumer
 * (no group, nothing committed), each parsed as far as it is a CloudEvent of the suite.
 *
 * @param topic   the topic
 * @param records the records, in partition then offset order
 */
record TopicRecords(String topic, List<TopicRecords.Entry> records) {

    /**
     * One record.
     *
     * @param partition its partition
     * @param offset    its offset
     * @param key       its key as text (null when none)
     * @param value     its value bytes
     * @param headers   its headers as text
     * @param eventId   the CloudEvent {@code id}, or null when the value is not a JSON object with one
     * @param type      the CloudEvent {@code type}, or null
     * @param dataId    {@code data.id}, or null
     * @param version   {@code data.version}, or -1
     */
    record Entry(
            int partition,
            long offset,
            String key,
            byte[] value,
            Map<String, String> headers,
            String eventId,
            String type,
            String dataId,
            long version) {

        /** @return {@code dataId@version}, the identity of a published state */
        String state() {
            return dataId + "@" + version;
        }
    }

    /**
     * @param bootstrapServers the broker
     * @param topic            the topic
     * @param timeout          how long reading may take
     * @return its records
     * @throws IllegalStateException when the end is not reached in time
     */
    static TopicRecords read(String bootstrapServers, String topic, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "could not read " + topic + " to its end within " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(topic, r.partition()))) {
                        entries.add(entry(r));
                    }
                }
            }
        }
        entries.sort((a, b) -> a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return new TopicRecords(topic, entries);
    }

    private static Entry entry(ConsumerRecord<byte[], byte[]> r) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : r.headers()) {
            headers.put(
                    h.key(), h.value() == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        String key = r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
        String eventId = null;
        String type = null;
        String dataId = null;
        long version = -1;
        try {
            JsonNode value = r.value() == null ? null : Api.JSON.readTree(r.value());
            if (value != null && value.isObject()) {
                eventId = value.path("id").isTextual() ? value.get("id").asText() : null;
                type = value.path("type").isTextual() ? value.get("type").asText() : null;
                JsonNode data = value.path("data");
                dataId = data.path("id").isTextual() ? data.get("id").asText() : null;
                version = data.path("version").isIntegralNumber()
                        ? data.get("version").asLong()
                        : -1;
            }
        } catch (IOException e) {
            // not JSON: a poison record; counted as such
        }
        return new Entry(r.partition(), r.offset(), key, r.value(), headers, eventId, type, dataId, version);
    }

    /** @return how many times each CloudEvent id occurs, for the ids that occur more than once */
    Map<String, Integer> duplicateIds() {
        Map<String, Integer> counts = new HashMap<>();
        records.stream().filter(e -> e.eventId() != null).forEach(e -> counts.merge(e.eventId(), 1, Integer::sum));
        counts.values().removeIf(c -> c < 2);
        return counts;
    }

    /** @return the number of distinct CloudEvent ids */
    long distinctIds() {
        return records.stream()
                .map(Entry::eventId)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }

    /**
     * @return records whose {@code data.version} is lower than that of an earlier record with the same key (per-key
     *         order broken): {@code partition:offset} to a description with the key's latest versions and offsets
     */
    Map<String, String> orderViolations() {
        Map<String, Long> highest = new HashMap<>();
        Map<String, List<String>> seen = new HashMap<>();
        Map<String, String> violations = new LinkedHashMap<>();
        for (Entry e : records) {
            if (e.key() == null || e.version() < 0) {
                continue;
            }
            List<String> history = seen.computeIfAbsent(e.key(), k -> new ArrayList<>());
            history.add("v" + e.version() + "@" + e.offset());
            Long before = highest.get(e.key());
            if (before != null && e.version() < before) {
                violations.put(
                        e.partition() + ":" + e.offset(),
                        "key " + e.key() + " on partition " + e.partition() + ", versions@offsets "
                                + String.join(" ", history.subList(Math.max(0, history.size() - 6), history.size())));
            }
            highest.merge(e.key(), e.version(), Math::max);
        }
        return violations;
    }

    /** @return {@code dataId@version} of every record that carries both */
    Set<String> states() {
        Set<String> states = new HashSet<>();
        records.stream().filter(e -> e.dataId() != null && e.version() >= 0).forEach(e -> states.add(e.state()));
        return states;
    }

    /**
     * @param value a record value
     * @return whether some record of this topic has exactly this value
     */
    boolean containsValue(byte[] value) {
        return records.stream().anyMatch(e -> Arrays.equals(e.value(), value));
    }
}

package org.lln.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer groups' lag: for each service's group, the records on its topics that it has not committed yet.
 * After a scenario, lag must return to 0 (every change consumed and acknowledged by a member of the group), and how
 * long that took is reported.
 */
final class ConsumerLag implements AutoCloseable {

    /** Each service's consumer group (its application name) and the topics it consumes. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "partners-service", List.of("lln.events", "lln.collaboration-areas"),
            "events-service", List.of("lln.partners"),
            "collaboration-service", List.of("lln.partners", "lln.events"));

    private final Admin admin;

    /** @param bootstrapServers the cluster */
    ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000));
    }

    /**
     * @return records not yet committed, by group; a group whose offsets cannot be read now counts as -1
     */
    Map<String, Long> now() {
        Map<String, Long> lag = new HashMap<>();
        GROUPS.forEach((group, topics) -> {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (String topic : topics) {
                    admin.describeTopics(List.of(topic))
                            .allTopicNames()
                            .get(10, TimeUnit.SECONDS)
                            .get(topic)
                            .partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                }
                long total = 0;
                for (var end : admin.listOffsets(latest)
                        .all()
                        .get(10, TimeUnit.SECONDS)
                        .entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    total += end.getValue().offset() - (at == null ? 0 : at.offset());
                }
                lag.put(group, total);
            } catch (Exception e) {
                lag.put(group, -1L);
            }
        });
        return lag;
    }

    /**
     * Waits until every group's lag is 0.
     *
     * @param f        where the figures go
     * @param deadline how long to wait
     * @return whether it reached 0
     */
    boolean awaitZero(ObjectNode f, Duration deadline) {
        long start = System.nanoTime();
        Map<String, Long> last = now();
        Map<String, Long> max = new HashMap<>(last);
        while (last.values().stream().anyMatch(v -> v != 0) && System.nanoTime() - start < deadline.toNanos()) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = now();
            last.forEach((group, lag) -> max.merge(group, lag, Math::max));
        }
        boolean zero = last.values().stream().allMatch(v -> v == 0);
        ObjectNode node = f.putObject("consumerLag");
        node.put("backToZero", zero);
        node.put("secondsUntilZero", zero ? Math.round((System.nanoTime() - start) / 1e8) / 10.0 : -1);
        node.putPOJO("largestWhileWaiting", new TreeMap<>(max));
        node.putPOJO("atEnd", new TreeMap<>(last));
        return zero;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}

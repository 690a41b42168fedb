package org.lln.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a service consumes the other services' topics ({@code lln.messaging.*}); the conventions every
 * consumer shares (group id, dead-letter topic, offsets) are derived here, once.
 */
@ConfigMapping(prefix = "lln.messaging")
public interface MessagingConfig {

    /** @return the topics whose change events feed this service's read models; none disables consumption */
    Optional<List<String>> topics();

    /** @return the consumer group: the service's name, so instances of one service share the work */
    @WithDefault("${quarkus.application.name}")
    String groupId();

    /** @return how many records one poll returns at most */
    @WithDefault("200")
    int maxPollRecords();

    /**
     * @return how much data the broker gathers before it answers a fetch (Kafka's {@code fetch.min.bytes}),
     *     so that under a stream of writes one poll, and one read-model transaction, carries many records
     */
    @WithDefault("65536")
    int fetchMinBytes();

    /**
     * @return the longest the broker holds a fetch back waiting for {@link #fetchMinBytes()} (Kafka's
     *     {@code fetch.max.wait.ms}): the most it adds to a read model's lag
     */
    @WithDefault("100ms")
    Duration fetchMaxWait();

    /** @return the longest wait between two attempts to apply a record that failed for a transient reason */
    @WithDefault("5s")
    Duration maxRetryBackoff();

    /** @return the dead-letter topic: {@code <group>.dlq} (DESIGN.md, Change events) */
    default String deadLetterTopic() {
        return groupId() + ".dlq";
    }
}

package org.lln.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka client settings of the suite, built once from Quarkus' {@code default-kafka-broker} map (every
 * {@code kafka.*} property, e.g. {@code kafka.bootstrap.servers}) so each client takes only its own keys.
 */
public final class KafkaProperties {

    private KafkaProperties() {}

    /**
     * An idempotent producer ({@code acks=all}) with string keys and byte values.
     *
     * @param broker   the {@code default-kafka-broker} map
     * @param clientId the client id, e.g. {@code partners-service-outbox-relay}
     * @param settings settings on top, e.g. timeouts
     * @return the producer's properties
     */
    public static Map<String, Object> forProducer(
            Map<String, Object> broker, String clientId, Map<String, Object> settings) {
        Map<String, Object> properties = only(broker, ProducerConfig.configNames());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.putAll(settings);
        return properties;
    }

    /**
     * A consumer of a group that commits by itself (never automatically) and starts a new group at the
     * earliest offset, so a service sees every change kept on the topic.
     *
     * @param broker   the {@code default-kafka-broker} map
     * @param groupId  the consumer group, or null for a consumer that only assigns partitions
     * @param settings settings on top, e.g. deserializers
     * @return the consumer's properties
     */
    public static Map<String, Object> forConsumer(
            Map<String, Object> broker, String groupId, Map<String, Object> settings) {
        Map<String, Object> properties = only(broker, ConsumerConfig.configNames());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (groupId != null) {
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            properties.put(
                    ConsumerConfig.CLIENT_ID_CONFIG,
                    groupId + "-" + ProcessHandle.current().pid());
        }
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.putAll(settings);
        return properties;
    }

    /**
     * An admin client that gives up quickly, for probes.
     *
     * @param broker   the {@code default-kafka-broker} map
     * @param clientId the client id
     * @param timeout  request and API timeout
     * @return the admin client's properties
     */
    public static Map<String, Object> forAdmin(Map<String, Object> broker, String clientId, Duration timeout) {
        Map<String, Object> properties = only(broker, AdminClientConfig.configNames());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        return properties;
    }

    private static Map<String, Object> only(Map<String, Object> broker, Set<String> names) {
        Map<String, Object> properties = new HashMap<>();
        broker.forEach((key, value) -> {
            if (names.contains(key)) {
                properties.put(key, value);
            }
        });
        return properties;
    }
}

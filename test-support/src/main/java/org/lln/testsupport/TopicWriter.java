package org.lln.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.lln.contract.ChangeEventEncoder;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.EncodedChange;
import org.lln.contract.InvalidChangeEvent;
import org.lln.contract.ResourceType;

/**
 * Publishes records to a real topic the way another service of the suite would, for consumer tests:
 * change events built by the contract's {@link ChangeEventEncoder}, or any raw value (a poison record).
 */
public final class TopicWriter implements AutoCloseable {

    private static final ChangeEventEncoder ENCODER = new ChangeEventEncoder();

    private final KafkaProducer<String, String> producer;

    /** Connects to the broker named by {@code kafka.bootstrap.servers} of the application under test. */
    public TopicWriter() {
        Properties properties = new Properties();
        properties.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    /**
     * Builds a change event as the suite's outbox does, with the contract's encoder.
     *
     * @param resource what changed: names the topic, source, type and subject
     * @param change   created, updated or deleted
     * @param data     the resource as its owner's {@code GET} returns it (any Jackson-serialisable object),
     *                 or a {@link Deleted}
     * @return the event with a new CloudEvent id
     * @throws InvalidChangeEvent when the data breaks the resource's schema: a fixture that is not what
     *                            the owner publishes
     */
    public static EncodedChange change(ResourceType resource, ChangeType change, Object data) {
        return ENCODER.encode(resource, change, data);
    }

    /**
     * As {@link #change(ResourceType, ChangeType, Object)} with a given CloudEvent id.
     *
     * @param eventId the CloudEvent id; reuse one to test duplicate delivery
     * @param resource what changed
     * @param change   created, updated or deleted
     * @param data     the data
     * @return the event
     * @throws InvalidChangeEvent when the data breaks the resource's schema
     */
    public static EncodedChange change(UUID eventId, ResourceType resource, ChangeType change, Object data) {
        return ENCODER.encode(eventId, resource, change, data);
    }

    /**
     * Wraps data in the suite's envelope without checking it: a record a consumer must refuse, e.g. a
     * "partner" whose {@code type} is no partner type.
     *
     * @param resource what the record claims changed
     * @param change   created, updated or deleted
     * @param data     anything
     * @return the event, with a new CloudEvent id
     */
    public static EncodedChange unchecked(ResourceType resource, ChangeType change, Object data) {
        return ENCODER.encodeUnchecked(UUID.randomUUID(), resource, change, data);
    }

    /**
     * Sends a change event to its resource's topic, keyed by the resource id, and waits for the broker's
     * acknowledgement.
     *
     * @param change the event
     */
    public void send(EncodedChange change) {
        send(change.topic(), change.key(), change.json());
    }

    /**
     * Sends one record with the header the suite's outbox relay sets
     * ({@code content-type: application/cloudevents+json; charset=UTF-8}) and waits for the broker's
     * acknowledgement.
     *
     * @param topic the topic
     * @param key   the record key (the resource id)
     * @param value the record value
     */
    public void send(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers()
                .add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Record not acknowledged", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

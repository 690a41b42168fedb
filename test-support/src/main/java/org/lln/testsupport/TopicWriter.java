package org.lln.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * Publishes records to a real topic the way another service of the suite would, for consumer tests:
 * CloudEvents 1.0 structured JSON built with the CloudEvents SDK, or any raw value (a poison record).
 */
public final class TopicWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final KafkaProducer<String, String> producer;

    /** Connects to the broker named by {@code kafka.bootstrap.servers} of the application under test. */
    public TopicWriter() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    /**
     * Builds a CloudEvent as the suite's outbox does.
     *
     * @param id      the CloudEvent id; reuse one to test duplicate delivery
     * @param source  e.g. {@code /partners-service}
     * @param type    e.g. {@code org.lln.partner.updated}
     * @param subject e.g. {@code partners/<id>}
     * @param data    the resource as its owner's {@code GET} returns it (any Jackson-serialisable object)
     * @return the structured-mode JSON document
     */
    public static String cloudEvent(UUID id, String source, String type, String subject, Object data) {
        try {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(id.toString())
                    .withSource(URI.create(source))
                    .withType(type)
                    .withSubject(subject)
                    .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(BytesCloudEventData.wrap(JSON.writeValueAsBytes(data)))
                    .build();
            return new String(EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE).serialize(event),
                    StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data is not serialisable", e);
        }
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
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
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

package org.lln.platform.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.lln.platform.kafka.KafkaProperties;

/**
 * Writes records that can never apply to the consumer group's dead-letter topic ({@code <group>.dlq}),
 * unchanged (key, value, headers) plus headers that say why and where from: {@code dead-letter-reason},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset}.
 */
@ApplicationScoped
public class DeadLetterTopic {

    /** Header holding why the record was dead-lettered. */
    public static final String REASON = "dead-letter-reason";
    /** Header holding the topic the record came from. */
    public static final String TOPIC = "dead-letter-topic";
    /** Header holding the partition the record came from. */
    public static final String PARTITION = "dead-letter-partition";
    /** Header holding the record's offset on its original partition. */
    public static final String OFFSET = "dead-letter-offset";

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    @Inject
    MessagingConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private volatile KafkaProducer<String, byte[]> producer;

    /**
     * Sends a record to the dead-letter topic and waits for the broker's acknowledgement.
     *
     * @param record  the record that can never apply
     * @param reason  why, for the operator
     * @param running whether to keep waiting (false during shutdown)
     * @return whether the broker acknowledged it; false only when waiting was given up
     */
    public boolean send(ConsumerRecord<String, byte[]> record, String reason, BooleanSupplier running) {
        ProducerRecord<String, byte[]> dead =
                new ProducerRecord<>(config.deadLetterTopic(), null, record.key(), record.value(), record.headers());
        dead.headers()
                .remove(REASON)
                .remove(TOPIC)
                .remove(PARTITION)
                .remove(OFFSET)
                .add(REASON, reason.getBytes(StandardCharsets.UTF_8))
                .add(TOPIC, record.topic().getBytes(StandardCharsets.UTF_8))
                .add(PARTITION, Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8))
                .add(OFFSET, Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        LOG.warnf(
                "Dead-lettering %s-%d@%d to %s: %s",
                record.topic(), record.partition(), record.offset(), config.deadLetterTopic(), reason);
        while (running.getAsBoolean()) {
            try {
                Future<RecordMetadata> ack = producer().send(dead);
                while (true) {
                    try {
                        ack.get(1, TimeUnit.SECONDS);
                        return true;
                    } catch (TimeoutException e) {
                        if (!running.getAsBoolean()) {
                            return false;
                        }
                    }
                }
            } catch (ExecutionException | RuntimeException e) {
                LOG.debugf("Dead-letter topic not reachable, retrying: %s", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(KafkaProperties.forProducer(
                            kafkaConfig,
                            config.groupId() + "-dlq",
                            Map.of(
                                    ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                    3_000,
                                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                    Integer.MAX_VALUE,
                                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                    5_000)));
                }
            }
        }
        return producer;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
        }
    }
}

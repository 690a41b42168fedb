package org.lln.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads what really reached a Kafka topic, for assertions: opened on a topic, it sees only records
 * published after it was opened (or all of them, with {@link #fromBeginning(String)}).
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    private TopicReader(String topic, boolean fromBeginning) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position);
    }

    /** @return a reader of records published to {@code topic} from now on */
    public static TopicReader fromNow(String topic) {
        return new TopicReader(topic, false);
    }

    /** @return a reader of every record on {@code topic} */
    public static TopicReader fromBeginning(String topic) {
        return new TopicReader(topic, true);
    }

    /**
     * Polls until {@code count} matching records arrived or the timeout passed, then keeps polling for
     * {@code settle} to catch any extra (duplicate) record.
     *
     * @return every matching record seen, in arrival order
     */
    public List<ConsumerRecord<String, String>> read(Predicate<ConsumerRecord<String, String>> matching, int count,
            Duration timeout, Duration settle) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                if (matching.test(r)) {
                    seen.add(r);
                }
            });
        }
        long settleEnd = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < settleEnd) {
            consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                if (matching.test(r)) {
                    seen.add(r);
                }
            });
        }
        return seen;
    }

    @Override
    public void close() {
        consumer.close();
    }
}

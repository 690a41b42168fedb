package org.lln.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The broker's own limits on this machine, from Kafka's tools ({@code org.apache.kafka:kafka-tools}, the
 * classes behind {@code kafka-producer-perf-test.sh} and {@code kafka-e2e-latency.sh}) run as child JVMs
 * against the suite's broker, with {@code acks=all} as the outbox relay uses. The broker creates no topic
 * by itself, so {@link #createTopics()} makes theirs: three partitions like the suite's topics, one for the
 * end-to-end tool.
 */
public final class KafkaTools {

    private static final Pattern PRODUCER =
            Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec .*?, ([0-9.]+) ms avg latency, "
                    + "([0-9.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");
    private static final Pattern E2E = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");

    private static final String PRODUCER_TOPIC = "lln.bench.producer-perf";
    private static final String E2E_TOPIC = "lln.bench.e2e-latency";

    private final String bootstrapServers;
    private final String classpath;

    /**
     * @param bootstrapServers the suite's broker, e.g. {@code localhost:9092}
     * @param classpath        a class path holding kafka-tools and its dependencies
     */
    public KafkaTools(String bootstrapServers, String classpath) {
        this.bootstrapServers = bootstrapServers;
        this.classpath = classpath;
    }

    /**
     * Creates the tools' topics when missing.
     *
     * @throws IOException when the broker does not create them in 30 s
     */
    public void createTopics() throws IOException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            if (!existing.contains(PRODUCER_TOPIC)) {
                missing.add(new NewTopic(PRODUCER_TOPIC, 3, (short) 1));
            }
            if (!existing.contains(E2E_TOPIC)) {
                missing.add(new NewTopic(E2E_TOPIC, 1, (short) 1));
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Cannot create the Kafka tools' topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * {@code ProducerPerformance}: records as fast as the producer can send them.
     *
     * @param records    how many records
     * @param recordSize bytes per record (about the size of a partner CloudEvent)
     * @return records/s and the send-to-acknowledgement latencies
     * @throws IOException when the tool fails
     */
    public Measure producerPerformance(int records, int recordSize) throws IOException {
        Command done = java(
                "org.apache.kafka.tools.ProducerPerformance",
                List.of(
                        "--topic",
                        PRODUCER_TOPIC,
                        "--num-records",
                        Integer.toString(records),
                        "--record-size",
                        Integer.toString(recordSize),
                        "--throughput",
                        "-1",
                        "--producer-props",
                        "bootstrap.servers=" + bootstrapServers,
                        "acks=all",
                        "linger.ms=1",
                        "enable.idempotence=true"));
        Matcher m = last(PRODUCER, done.output());
        return new Measure(
                "Kafka ProducerPerformance (acks=all, " + recordSize + " B)",
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(7)),
                Double.parseDouble(m.group(8)),
                Long.parseLong(m.group(1)),
                0,
                done.text());
    }

    /**
     * {@code EndToEndLatency}: one record at a time, from send to its consumption by a consumer.
     *
     * @param records    how many records
     * @param recordSize bytes per record
     * @return the produce-to-consume latencies (per second: records/s of this sequential run)
     * @throws IOException when the tool fails
     */
    public Measure endToEndLatency(int records, int recordSize) throws IOException {
        long start = System.nanoTime();
        Command done = java(
                "org.apache.kafka.tools.EndToEndLatency",
                List.of(bootstrapServers, E2E_TOPIC, Integer.toString(records), "all", Integer.toString(recordSize)));
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher m = last(E2E, done.output());
        Matcher avg = last(AVERAGE, done.output());
        return new Measure(
                "Kafka EndToEndLatency (acks=all, " + recordSize + " B)",
                records / seconds,
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                records,
                0,
                done.text() + "   (average " + avg.group(1) + " ms)");
    }

    private Command java(String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-cp", classpath, mainClass));
        command.addAll(args);
        return Command.run(command, Map.of(), Duration.ofMinutes(5));
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Matcher last(Pattern pattern, String output) throws IOException {
        Matcher matcher = pattern.matcher(output);
        Matcher found = null;
        while (matcher.find()) {
            found = pattern.matcher(output);
            found.find(matcher.start());
        }
        if (found == null) {
            throw new IOException("Kafka tool printed no '" + pattern.pattern() + "':\n" + output);
        }
        return found;
    }
}

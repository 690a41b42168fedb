package org.lln.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.lln.contract.ResourceType;
import org.lln.kafkanode.KraftNode;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller roles) running in this JVM,
 * on a free port of the loopback interface, with its log in a temporary directory. It can be stopped
 * and started again on the same port and log, which is how tests take the broker away from a service.
 * Settings follow PLATFORM.md: replication factors and min ISR of 1, no initial rebalance delay.
 */
public final class EmbeddedKafkaBroker {

    /** The suite's change topics (DESIGN.md, Change events). */
    public static final List<String> CHANGE_TOPICS = Arrays.stream(ResourceType.values())
            .map(ResourceType::topic)
            .distinct()
            .toList();

    private final int brokerPort;
    private final int controllerPort;
    private final Path logDir;
    private final String clusterId = Uuid.randomUuid().toString();
    private KafkaRaftServer server;

    /** Picks two free ports and a temporary log directory; nothing starts yet. */
    public EmbeddedKafkaBroker() {
        this.brokerPort = freePort();
        this.controllerPort = freePort();
        try {
            this.logDir = Files.createTempDirectory("lln-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code localhost:<port>}, for {@code bootstrap.servers} */
    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    /** @return whether the broker is running */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Formats the log directory if needed and starts the broker; returns once it accepts connections.
     *
     * @throws IllegalStateException when formatting or start-up fails
     */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties properties = properties();
        format(properties);
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        createChangeTopics();
    }

    /**
     * Creates the suite's change topics log-compacted, as the local stack and the operations guide do
     * (DESIGN.md, Change events); other topics (dead letters) are created on first use with the defaults.
     */
    private void createChangeTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> topics = CHANGE_TOPICS.stream()
                    .map(name -> new NewTopic(name, 1, (short) 1).configs(Map.of("cleanup.policy", "compact")))
                    .toList();
            for (var created : admin.createTopics(topics).values().values()) {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create the change topics", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The change topics were not created in time", e);
        }
    }

    /** Stops the broker and waits until it has shut down; its log stays for a later {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    /** Stops the broker and deletes its log directory. */
    public synchronized void close() {
        stop();
        deleteRecursively(logDir);
    }

    private Properties properties() {
        KraftNode node = new KraftNode(1, brokerPort, controllerPort);
        Properties p = node.serverProperties(List.of(node), logDir);
        // one partition and topics created on first use keep a test's records in order and its setup short;
        // every record flushed, so a test that restarts the broker loses nothing it was acknowledged
        p.put("num.partitions", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private void format(Properties properties) {
        Path config = logDir.resolve("server.properties");
        try (var out = Files.newOutputStream(config)) {
            properties.store(out, "embedded test broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** @return a port free on this machine now, for a test server */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }
}

package org.lln.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) run as its own JVM from the
 * {@code kafka_2.13} artifact, with its log kept under the stack's home. Settings follow PLATFORM.md:
 * storage formatted with {@code --ignore-formatted} (safe on restart), replication factors of 1.
 */
final class KafkaProcess implements AutoCloseable {

    /** The suite's topics (DESIGN.md, Change events) and their partition counts. */
    static final Map<String, Integer> TOPICS = Map.of(
            "lln.partners", 3, "lln.events", 3, "lln.collaboration-areas", 3,
            "partners-service.dlq", 1, "events-service.dlq", 1, "collaboration-service.dlq", 1);

    /**
     * The topics that carry entity state keyed by resource id, log-compacted (DESIGN.md): a consumer that starts
     * from the beginning at any time sees the latest version of every resource. The dead-letter topics keep the
     * broker's {@code delete} policy.
     */
    static final List<String> COMPACTED = List.of("lln.partners", "lln.events", "lln.collaboration-areas");

    private final Process process;
    private final String bootstrapServers;

    private KafkaProcess(Process process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats the storage if needed, starts the broker, waits until it answers, and creates the topics.
     *
     * @param home           directory for the broker's config and data
     * @param classpath      classpath holding kafka_2.13 and its dependencies
     * @param port           client port
     * @param controllerPort controller port
     * @param log            file receiving the broker's output
     * @return the running broker
     * @throws IOException when it cannot be formatted or does not become ready within 60 s
     */
    static KafkaProcess start(Path home, String classpath, int port, int controllerPort, Path log) throws IOException {
        Files.createDirectories(home.resolve("data"));
        Path config = home.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            properties(home.resolve("data"), port, controllerPort).store(out, "written by lln up");
        }
        Path clusterIdFile = home.resolve("cluster-id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, org.apache.kafka.common.Uuid.randomUuid().toString());
        }
        String clusterId = Files.readString(clusterIdFile).trim();
        run(List.of(java(), "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(),
                "--ignore-formatted"), log);
        Process process = new ProcessBuilder(ChildProcesses.detached(List.of(java(), "-Xms64m", "-Xmx256m",
                "-XX:+UseSerialGC", "-cp", classpath, "kafka.Kafka", config.toString())))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        KafkaProcess kafka = new KafkaProcess(process, "localhost:" + port);
        kafka.awaitReadyAndCreateTopics();
        return kafka;
    }

    /** @return the broker's process id */
    long pid() {
        return process.pid();
    }

    private static Properties properties(Path data, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", data.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    private void awaitReadyAndCreateTopics() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("Kafka exited during start-up with status " + process.exitValue());
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    break;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Kafka did not become ready within 60 s", e);
                    }
                    sleep(Duration.ofMillis(300));
                }
            }
            List<NewTopic> topics = new ArrayList<>();
            TOPICS.forEach((name, partitions) -> topics.add(COMPACTED.contains(name)
                    ? new NewTopic(name, partitions, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                            TopicConfig.CLEANUP_POLICY_COMPACT))
                    : new NewTopic(name, partitions, (short) 1)));
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IOException("Cannot create topics", e);
                    }
                }
            }
            compactExisting(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("Kafka did not create the topics in time", e);
        }
    }

    /**
     * Upgrades topics created before they were compacted (an older {@code .lln/} state): sets
     * {@code cleanup.policy=compact} on each of {@link #COMPACTED} whose policy is another.
     */
    private static void compactExisting(Admin admin) throws IOException, InterruptedException,
            java.util.concurrent.TimeoutException {
        List<ConfigResource> resources = COMPACTED.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        try {
            Map<ConfigResource, Config> current = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            current.forEach((resource, config) -> {
                ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
                if (policy == null || !TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy.value())) {
                    changes.put(resource, List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                            TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET)));
                }
            });
            if (!changes.isEmpty()) {
                admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new IOException("Cannot make the topics log-compacted", e);
        }
    }

    /**
     * Kills the broker with SIGKILL, as a crash would, and waits until it is gone; its log directory stays, so
     * {@link #start} on the same home brings back every record it had acknowledged.
     */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    /** @return whether the broker's process is running */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the broker with SIGTERM (a controlled shutdown) and waits up to 30 s before killing it. */
    @Override
    public void close() {
        ChildProcesses.stop(process.toHandle(), Duration.ofSeconds(30));
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Kafka storage format failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}

package org.lln.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.lln.kafkanode.KraftNode;

/**
 * The suite's Kafka: one node (the default) or a cluster of several, each node a combined KRaft broker and
 * controller in its own JVM ({@link KafkaProcess}), all voters of one static quorum. With three or more nodes the
 * suite's topics and the consumer offsets are replicated three times and a write needs two in-sync replicas
 * ({@code min.insync.replicas=2}), so one broker may die without losing an acknowledged record or stopping writes
 * (Kafka documentation, "Replication" and "min.insync.replicas").
 */
final class KafkaCluster implements AutoCloseable {

    /** The suite's topics (DESIGN.md, Change events) and their partition counts. */
    static final Map<String, Integer> TOPICS = Map.of(
            "lln.partners",
            3,
            "lln.events",
            3,
            "lln.collaboration-areas",
            3,
            "partners-service.dlq",
            1,
            "events-service.dlq",
            1,
            "collaboration-service.dlq",
            1);

    /**
     * The topics that carry entity state keyed by resource id, log-compacted (DESIGN.md): a consumer that starts
     * from the beginning at any time sees the latest version of every resource. The dead-letter topics keep the
     * broker's {@code delete} policy.
     */
    static final List<String> COMPACTED = List.of("lln.partners", "lln.events", "lln.collaboration-areas");

    private final Path home;
    private final String classpath;
    private final List<KraftNode> nodes;
    private final Path logs;
    private final Optional<Path> archives;
    private final String clusterId;
    private final Map<Integer, KafkaProcess> running = new TreeMap<>();

    private KafkaCluster(
            Path home, String classpath, List<KraftNode> nodes, Path logs, Optional<Path> archives, String clusterId) {
        this.home = home;
        this.classpath = classpath;
        this.nodes = List.copyOf(nodes);
        this.logs = logs;
        this.archives = archives;
        this.clusterId = clusterId;
    }

    /**
     * Starts every node, waits until all have joined, and creates the topics (or makes older ones compacted).
     *
     * @param home      the stack's Kafka directory: {@code <home>/kafka} for one node, {@code <home>/kafka-cluster}
     *                  with a directory per node for several
     * @param classpath classpath holding kafka_2.13 and its dependencies
     * @param nodes     the nodes
     * @param logs      directory of log files
     * @param archives  directory of the nodes' class-data archives, or empty to start them without one
     * @return the running cluster
     * @throws IOException when a node cannot start or the cluster is not ready within 90 s
     */
    static KafkaCluster start(Path home, String classpath, List<KraftNode> nodes, Path logs, Optional<Path> archives)
            throws IOException {
        Files.createDirectories(home);
        Path clusterIdFile = home.resolve("cluster-id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        KafkaCluster cluster = new KafkaCluster(
                home,
                classpath,
                nodes,
                logs,
                archives,
                Files.readString(clusterIdFile).trim());
        try {
            for (KraftNode node : nodes) {
                cluster.startNode(node);
            }
            cluster.awaitNodes(nodes.size(), Duration.ofSeconds(90));
            cluster.createTopics();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** @return the client addresses of every node, comma-separated */
    String bootstrapServers() {
        return String.join(",", nodes.stream().map(n -> "localhost:" + n.port()).toList());
    }

    /** @return the nodes */
    List<KraftNode> nodes() {
        return nodes;
    }

    /** @return the process ids of the running nodes */
    synchronized List<Long> pids() {
        return running.values().stream().map(KafkaProcess::pid).toList();
    }

    /** @return process id by node id, of the running nodes */
    synchronized Map<Integer, Long> pidsByNode() {
        Map<Integer, Long> pids = new TreeMap<>();
        running.forEach((id, node) -> pids.put(id, node.pid()));
        return pids;
    }

    /**
     * SIGKILLs one node and waits until it is gone; its log directory stays.
     *
     * @param id the node id
     */
    synchronized void kill(int id) {
        KafkaProcess node = running.remove(id);
        if (node == null) {
            throw new IllegalStateException("Kafka node " + id + " is not running");
        }
        node.kill();
    }

    /**
     * Starts a killed node again on its log directory and ports and waits until the cluster counts it again.
     *
     * @param id the node id
     * @return the time until it had joined
     * @throws IOException when it does not join within 90 s
     */
    Duration restart(int id) throws IOException {
        long start = System.nanoTime();
        synchronized (this) {
            if (running.containsKey(id)) {
                throw new IllegalStateException("Kafka node " + id + " is running");
            }
            startNode(nodes.stream()
                    .filter(n -> n.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no Kafka node " + id)));
        }
        awaitNodes(nodes.size(), Duration.ofSeconds(90));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private synchronized void startNode(KraftNode node) throws IOException {
        boolean single = nodes.size() == 1;
        Path dir = single ? home : home.resolve("node-" + node.id());
        Path log = logs.resolve(single ? "kafka.log" : "kafka-" + node.id() + ".log");
        running.put(node.id(), KafkaProcess.start(dir, classpath, node, nodes, clusterId, log, archives));
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3_000));
    }

    /** Waits until {@code count} nodes are registered brokers. */
    private void awaitNodes(int count, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                synchronized (this) {
                    for (KafkaProcess node : running.values()) {
                        if (!node.isAlive()) {
                            throw new IOException("Kafka node " + node.node().id() + " exited during start-up");
                        }
                    }
                }
                try {
                    Collection<Node> registered =
                            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    if (registered.size() >= count) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not answering yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(
                            "Kafka did not have " + count + " broker(s) ready within " + timeout.toSeconds() + " s");
                }
                TimeUnit.MILLISECONDS.sleep(300);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void createTopics() throws IOException {
        short replicas = (short) Math.min(3, nodes.size());
        try (Admin admin = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            TOPICS.forEach((name, partitions) -> topics.add(
                    COMPACTED.contains(name)
                            ? new NewTopic(name, partitions, replicas)
                                    .configs(Map.of(
                                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                            : new NewTopic(name, partitions, replicas)));
            List<String> existing = new ArrayList<>();
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IOException("Cannot create topics", e);
                    }
                    existing.add(result.getKey());
                }
            }
            // topics created just now are compacted already; only older ones may need it (and a broker may not
            // know a topic created a moment ago: describing it then fails with UnknownTopicOrPartition)
            List<String> olderCompacted =
                    existing.stream().filter(COMPACTED::contains).toList();
            if (!olderCompacted.isEmpty()) {
                compactExisting(admin, olderCompacted);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (TimeoutException e) {
            throw new IOException("Kafka did not create the topics in time", e);
        }
    }

    /**
     * Upgrades topics created before they were compacted (an older {@code .lln/} state): sets
     * {@code cleanup.policy=compact} on each of the given topics whose policy is another.
     */
    private static void compactExisting(Admin admin, List<String> topics)
            throws IOException, InterruptedException, TimeoutException {
        List<ConfigResource> resources = topics.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                .toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        try {
            Map<ConfigResource, Config> current =
                    admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            current.forEach((resource, config) -> {
                ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
                if (policy == null || !TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy.value())) {
                    changes.put(
                            resource,
                            List.of(new AlterConfigOp(
                                    new ConfigEntry(
                                            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                                    AlterConfigOp.OpType.SET)));
                }
            });
            if (!changes.isEmpty()) {
                admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new IOException("Cannot make the topics log-compacted", e);
        }
    }

    /** Stops every node with SIGTERM (a controlled shutdown), all at once, waiting up to 30 s before killing. */
    @Override
    public synchronized void close() {
        ChildProcesses.stopAll(
                running.values().stream().map(KafkaProcess::handle).toList(), Duration.ofSeconds(30));
        running.clear();
    }
}

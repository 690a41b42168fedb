package org.lln.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.lln.kafkanode.KraftNode;

/**
 * One real Kafka node (KRaft, combined broker and controller) run as its own JVM from the {@code kafka_2.13}
 * artifact, with its log kept under its own directory. {@link KafkaCluster} starts one or several of them and
 * creates the topics. Storage is formatted on the first start only (a second JVM start; {@code --ignore-formatted}
 * keeps it safe should the marker be missing, PLATFORM.md); later starts map a class-data archive ({@link ClassDataArchive}).
 */
final class KafkaProcess implements AutoCloseable {

    private final KraftNode node;
    private final Process process;

    private KafkaProcess(KraftNode node, Process process) {
        this.node = node;
        this.process = process;
    }

    /**
     * Formats the node's storage unless it holds {@code meta.properties} and starts it, without waiting for it to answer.
     *
     * @param home      directory for the node's config and data
     * @param classpath classpath holding kafka_2.13 and its dependencies
     * @param node      this node
     * @param cluster   every node of the cluster, this one included
     * @param clusterId the cluster's id, the same for every node
     * @param log       file receiving the node's output
     * @return the started node
     * @throws IOException when it cannot be formatted or started
     */
    static KafkaProcess start(
            Path home,
            String classpath,
            KraftNode node,
            List<KraftNode> cluster,
            String clusterId,
            Path log,
            Optional<Path> archives)
            throws IOException {
        Files.createDirectories(home.resolve("data"));
        Path config = home.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            properties(home.resolve("data"), node, cluster).store(out, "written by lln up");
        }
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            run(
                    List.of(
                            java(),
                            "-cp",
                            classpath,
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            clusterId,
                            "-c",
                            config.toString(),
                            "--ignore-formatted"),
                    log);
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(ClassDataArchive.jvmOptions(archives, "kafka-" + node.id(), newestJar(classpath)));
        command.addAll(List.of("-cp", classpath, "kafka.Kafka", config.toString()));
        Process process = new ProcessBuilder(ChildProcesses.detached(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new KafkaProcess(node, process);
    }

    /** @return which node this is */
    KraftNode node() {
        return node;
    }

    /** @return the broker's process id */
    long pid() {
        return process.pid();
    }

    private static Properties properties(Path data, KraftNode node, List<KraftNode> cluster) {
        Properties p = node.serverProperties(cluster, data);
        // three partitions per topic, so a second instance of a service shares the work; topics only as
        // the launcher creates them (compacted change topics), never by a client's first use
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /**
     * Kills the node with SIGKILL, as a crash would, and waits until it is gone; its log directory stays, so
     * {@link #start} on the same home brings back every record it had acknowledged.
     */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    /** @return the node's process */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** @return whether the node's process is running */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the node with SIGTERM (a controlled shutdown) and waits up to 30 s before killing it. */
    @Override
    public void close() {
        ChildProcesses.stop(process.toHandle(), Duration.ofSeconds(30));
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Kafka storage format failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** @return the newest modification time of the jars a {@code <dir>/*} class path names: the build's stamp */
    private static long newestJar(String classpath) throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(classpath).getParent())) {
            return jars.mapToLong(jar -> jar.toFile().lastModified()).max().orElse(0);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

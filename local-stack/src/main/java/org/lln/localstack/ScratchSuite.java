package org.lln.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A throw-away suite for the benchmark and the fault-injection runs: a copy of the packaged services
 * (so that a build running beside the run cannot replace a jar under a service it starts or restarts),
 * and a configuration with a fresh state directory and free ports.
 */
public final class ScratchSuite {

    private static final List<String> APPLICATIONS =
            List.of("partners-service", "events-service", "collaboration-service", "network-dashboard");

    private ScratchSuite() {}

    /**
     * @param root the checkout, with the services built
     * @param home the state directory, emptied first
     * @param copy where the packaged services are copied (emptied first)
     * @return a configuration running the copy on free ports with its state in {@code home}
     * @throws IOException when a service is not built or the copy fails
     */
    public static StackConfig prepare(Path root, Path home, Path copy) throws IOException {
        return prepare(root, home, copy, 1, 1);
    }

    /**
     * @param root      the checkout, with the services built
     * @param home      the state directory, emptied first
     * @param copy      where the packaged services are copied (emptied first)
     * @param brokers   Kafka nodes
     * @param instances instances of each service
     * @return a configuration running the copy on free ports with its state in {@code home}
     * @throws IOException when a service is not built or the copy fails
     */
    public static StackConfig prepare(Path root, Path home, Path copy, int brokers, int instances) throws IOException {
        deleteTree(home);
        copyApplications(root, copy);
        Map<String, String> env = new HashMap<>();
        env.put("LLN_HOME", home.toString());
        env.put("LLN_BROKERS", Integer.toString(brokers));
        env.put("LLN_INSTANCES", Integer.toString(instances));
        env.put("LLN_POSTGRES_PORT", freePorts(1));
        env.put("LLN_DASHBOARD_PORT", freePorts(1));
        env.put("LLN_KAFKA_PORTS", freePorts(brokers));
        env.put("LLN_KAFKA_CONTROLLER_PORTS", freePorts(brokers));
        for (String service : List.of("PARTNERS", "EVENTS", "COLLABORATION")) {
            env.put("LLN_" + service + "_PORTS", freePorts(instances));
        }
        // a scratch suite measures capacity (bench) or drives load through faults: no request rate limit
        env.put("LLN_RATE_LIMIT_PER_SECOND", "0");
        // started once and thrown away: a class-data archive would only cost its writing (a slower first start and
        // stop)
        env.put("LLN_CLASS_DATA_ARCHIVES", "false");
        return StackConfig.from(env, copy);
    }

    /** @return {@code count} distinct ports free now, comma-separated (see {@link #freePort()}) */
    private static String freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            while (sockets.size() < count) {
                sockets.add(bindBelowEphemeralRange());
            }
            return String.join(
                    ",",
                    sockets.stream()
                            .map(socket -> Integer.toString(socket.getLocalPort()))
                            .toList());
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * A port free now, below the ephemeral range (Linux: 32768-60999, {@code ip_local_port_range}; macOS and
     * Windows: 49152 and up). A port the system hands out with {@code new ServerSocket(0)} lies in that range, and
     * in the seconds before a service binds it, an outgoing connection of another process (a Kafka client, a broker,
     * the dashboard) can take it as its local port: once seen in CI, a service then failed with "port in use".
     *
     * @return the port
     * @throws IOException when no port between 20000 and 32767 could be bound
     */
    public static int freePort() throws IOException {
        try (ServerSocket socket = bindBelowEphemeralRange()) {
            return socket.getLocalPort();
        }
    }

    private static ServerSocket bindBelowEphemeralRange() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_768);
            try {
                return new ServerSocket(port);
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32767");
    }

    private static void copyApplications(Path root, Path copy) throws IOException {
        deleteTree(copy);
        for (String module : APPLICATIONS) {
            Path app = root.resolve(module).resolve("target/quarkus-app");
            if (!Files.isDirectory(app)) {
                throw new IOException(app + " is missing: build first (mvn -B -DskipTests package)");
            }
            Path into = copy.resolve(module).resolve("target/quarkus-app");
            try (Stream<Path> paths = Files.walk(app)) {
                for (Path path : paths.toList()) {
                    Path target = into.resolve(app.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            }
        }
        Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
    }

    /**
     * @param directory a directory to delete with everything in it; nothing happens when it does not exist
     * @throws IOException when something cannot be deleted
     */
    public static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

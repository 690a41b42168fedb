package org.lln.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lln.kafkanode.KraftNode;

/**
 * Where the local stack keeps its state and which ports it uses, from environment variables with the
 * defaults of DESIGN.md (services on 8081-8083). Every value is listed in the README.
 *
 * @param root            the checkout: holds the services' {@code target/quarkus-app} and {@code data/}
 * @param home            state directory ({@code LLN_HOME}, default {@code <root>/.lln}): database, broker log, logs, pid
 * @param postgresPort    PostgreSQL port ({@code LLN_POSTGRES_PORT}, default 5432)
 * @param brokers         the Kafka nodes ({@code LLN_BROKERS}, default 1): node {@code i} listens on
 *                        {@code LLN_KAFKA_PORT + 2(i-1)} (default 9092) and its controller on
 *                        {@code LLN_KAFKA_CONTROLLER_PORT + 2(i-1)} (default 9093), unless {@code LLN_KAFKA_PORTS} and
 *                        {@code LLN_KAFKA_CONTROLLER_PORTS} list the ports
 * @param instances       every instance of the three services ({@code LLN_INSTANCES} each, default 1): the first of
 *                        each on its port (8081-8083), instance {@code k} on that port {@code + 10(k-1)} and named
 *                        {@code <service>-<k>}, unless {@code LLN_PARTNERS_PORTS} (etc.) lists the ports
 * @param dashboard       the network dashboard ({@code LLN_DASHBOARD_PORT}, default 8084); it has no database
 * @param serviceSettings variables handed to every service as they are: {@link #SERVICE_SETTINGS} present in the
 *                        environment
 * @param classDataArchives whether each JVM keeps a class-data archive in {@code <home>/cds}
 *                        ({@code LLN_CLASS_DATA_ARCHIVES}, default true; {@code false} for a suite started once,
 *                        whose archives would only cost their writing)
 */
public record StackConfig(
        Path root,
        Path home,
        int postgresPort,
        List<KraftNode> brokers,
        List<Service> instances,
        Service dashboard,
        Map<String, String> serviceSettings,
        boolean classDataArchives) {

    /** Service settings an environment may give: the request rate limit and unscoped editors (README, Configuration). */
    public static final List<String> SERVICE_SETTINGS =
            List.of("LLN_RATE_LIMIT_PER_SECOND", "LLN_RATE_LIMIT_BURST", "LLN_UNSCOPED_EDITORS");

    /**
     * A service of the suite.
     *
     * @param name     module and application name, e.g. {@code partners-service}
     * @param database its own PostgreSQL database (null for the dashboard, which has none)
     * @param port     its HTTP port
     * @param url      its base URL: {@code http://localhost:<port>} unless {@code LLN_<DATABASE>_URL} says otherwise
     */
    public record Service(String name, String database, int port, String url) {}

    /**
     * @param env  the environment to read ({@code System.getenv()} in production)
     * @param root the checkout
     * @return the configuration
     * @throws IllegalArgumentException when a port variable is not a number
     */
    public static StackConfig from(Map<String, String> env, Path root) {
        Path home = env.containsKey("LLN_HOME") ? Path.of(env.get("LLN_HOME")) : root.resolve(".lln");
        int brokerCount = count(env, "LLN_BROKERS");
        int instanceCount = count(env, "LLN_INSTANCES");
        List<Integer> kafkaPorts = ports(env, "LLN_KAFKA_PORTS", "LLN_KAFKA_PORT", 9092, 2, brokerCount);
        List<Integer> controllerPorts =
                ports(env, "LLN_KAFKA_CONTROLLER_PORTS", "LLN_KAFKA_CONTROLLER_PORT", 9093, 2, brokerCount);
        List<KraftNode> brokers = new ArrayList<>();
        for (int i = 0; i < brokerCount; i++) {
            brokers.add(new KraftNode(i + 1, kafkaPorts.get(i), controllerPorts.get(i)));
        }
        List<Service> instances = new ArrayList<>();
        instances.addAll(instances(env, "partners-service", "partners", 8081, instanceCount));
        instances.addAll(instances(env, "events-service", "events", 8082, instanceCount));
        instances.addAll(instances(env, "collaboration-service", "collaboration", 8083, instanceCount));
        Map<String, String> settings = new TreeMap<>();
        SERVICE_SETTINGS.stream().filter(env::containsKey).forEach(name -> settings.put(name, env.get(name)));
        return new StackConfig(
                root.toAbsolutePath().normalize(),
                home.toAbsolutePath().normalize(),
                port(env, "LLN_POSTGRES_PORT", 5432),
                List.copyOf(brokers),
                List.copyOf(instances),
                dashboard(env),
                Map.copyOf(settings),
                !"false".equalsIgnoreCase(env.getOrDefault("LLN_CLASS_DATA_ARCHIVES", "true")));
    }

    /**
     * @return the first instance of each of the three services, in the order partners, events, collaboration: the
     *         addresses clients and the loader use
     */
    public List<Service> services() {
        return instances.stream().filter(s -> !s.name().matches(".*-\\d+$")).toList();
    }

    /**
     * @param service the first instance's name, e.g. {@code partners-service}
     * @return every instance of that service
     */
    public List<Service> instancesOf(String service) {
        return instances.stream()
                .filter(s ->
                        s.name().equals(service) || s.name().matches(java.util.regex.Pattern.quote(service) + "-\\d+"))
                .toList();
    }

    /** @return the directory of the JVMs' class-data archives, or empty when they keep none */
    public Optional<Path> archives() {
        return classDataArchives ? Optional.of(home.resolve("cds")) : Optional.empty();
    }

    /** @return whether this runs more than one broker or more than one instance of a service */
    public boolean clustered() {
        return brokers.size() > 1 || instances.size() > 3;
    }

    private static Service dashboard(Map<String, String> env) {
        int port = port(env, "LLN_DASHBOARD_PORT", 8084);
        return new Service(
                "network-dashboard", null, port, env.getOrDefault("LLN_DASHBOARD_URL", "http://localhost:" + port));
    }

    private static List<Service> instances(
            Map<String, String> env, String name, String database, int defaultPort, int count) {
        String prefix = "LLN_" + database.toUpperCase(Locale.ROOT);
        List<Integer> ports = ports(env, prefix + "_PORTS", prefix + "_PORT", defaultPort, 10, count);
        List<Service> services = new ArrayList<>();
        services.add(new Service(
                name, database, ports.get(0), env.getOrDefault(prefix + "_URL", "http://localhost:" + ports.get(0))));
        for (int k = 2; k <= count; k++) {
            services.add(
                    new Service(name + "-" + k, database, ports.get(k - 1), "http://localhost:" + ports.get(k - 1)));
        }
        return services;
    }

    /** The ports of {@code count} processes: listed in {@code listName}, or {@code base + step * i}. */
    private static List<Integer> ports(
            Map<String, String> env, String listName, String baseName, int fallback, int step, int count) {
        String list = env.get(listName);
        if (list != null && !list.isBlank()) {
            List<Integer> ports = new ArrayList<>();
            for (String part : list.split(",")) {
                ports.add(port(Map.of(listName, part), listName, 0));
            }
            if (ports.size() < count) {
                throw new IllegalArgumentException(
                        listName + " lists " + ports.size() + " ports; " + count + " are needed");
            }
            return ports;
        }
        int base = port(env, baseName, fallback);
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(base + step * i);
        }
        return ports;
    }

    private static int count(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "1").trim();
        try {
            int count = Integer.parseInt(value);
            if (count < 1 || count > 5) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number from 1 to 5, not '" + value + "'");
        }
    }

    /**
     * Finds the checkout: the first of the working directory and its parents that holds {@code partners-service}.
     *
     * @return the checkout root, or the working directory when there is none (e.g. the loader in a container)
     */
    public static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("partners-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** @return every broker's client address, comma-separated */
    public String bootstrapServers() {
        return String.join(
                ",", brokers.stream().map(b -> "localhost:" + b.port()).toList());
    }

    /**
     * @return the stack's token-signing key pair under {@code <home>/jwt/}, created on first use
     * @throws java.io.IOException when it cannot be read or written
     */
    public JwtKeys jwtKeys() throws IOException {
        return JwtKeys.loadOrCreate(home.resolve("jwt"));
    }

    /** @return the directory of log files */
    public Path logs() {
        return home.resolve("logs");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}

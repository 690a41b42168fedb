package org.lln.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its state and which ports it uses, from environment variables with the
 * defaults of DESIGN.md (services on 8081-8083). Every value is listed in the README.
 *
 * @param root            the checkout: holds the services' {@code target/quarkus-app} and {@code data/}
 * @param home            state directory ({@code LLN_HOME}, default {@code <root>/.lln}): database, broker log, logs, pid
 * @param postgresPort    PostgreSQL port ({@code LLN_POSTGRES_PORT}, default 5432)
 * @param kafkaPort       Kafka client port ({@code LLN_KAFKA_PORT}, default 9092)
 * @param controllerPort  Kafka KRaft controller port ({@code LLN_KAFKA_CONTROLLER_PORT}, default 9093)
 * @param services        the three services with their ports
 * @param dashboard       the network dashboard ({@code LLN_DASHBOARD_PORT}, default 8084); it has no database
 */
public record StackConfig(Path root, Path home, int postgresPort, int kafkaPort, int controllerPort, List<Service> services,
        Service dashboard) {

    /**
     * A service of the suite.
     *
     * @param name     module and application name, e.g. {@code partners-service}
     * @param database its own PostgreSQL database (null for the dashboard, which has none)
     * @param port     its HTTP port
     * @param url      its base URL: {@code http://localhost:<port>} unless {@code LLN_<DATABASE>_URL} says otherwise
     */
    public record Service(String name, String database, int port, String url) {
    }

    /**
     * @param env  the environment to read ({@code System.getenv()} in production)
     * @param root the checkout
     * @return the configuration
     * @throws IllegalArgumentException when a port variable is not a number
     */
    public static StackConfig from(Map<String, String> env, Path root) {
        Path home = env.containsKey("LLN_HOME") ? Path.of(env.get("LLN_HOME")) : root.resolve(".lln");
        return new StackConfig(root.toAbsolutePath().normalize(), home.toAbsolutePath().normalize(),
                port(env, "LLN_POSTGRES_PORT", 5432), port(env, "LLN_KAFKA_PORT", 9092),
                port(env, "LLN_KAFKA_CONTROLLER_PORT", 9093),
                List.of(service(env, "partners-service", "partners", 8081),
                        service(env, "events-service", "events", 8082),
                        service(env, "collaboration-service", "collaboration", 8083)),
                dashboard(env));
    }

    private static Service dashboard(Map<String, String> env) {
        int port = port(env, "LLN_DASHBOARD_PORT", 8084);
        return new Service("network-dashboard", null, port, env.getOrDefault("LLN_DASHBOARD_URL", "http://localhost:" + port));
    }

    private static Service service(Map<String, String> env, String name, String database, int defaultPort) {
        String prefix = "LLN_" + database.toUpperCase(java.util.Locale.ROOT);
        int port = port(env, prefix + "_PORT", defaultPort);
        return new Service(name, database, port, env.getOrDefault(prefix + "_URL", "http://localhost:" + port));
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

    /** @return {@code localhost:<kafkaPort>} */
    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /**
     * @return the stack's token-signing key pair under {@code <home>/jwt/}, created on first use
     * @throws java.io.IOException when it cannot be read or written
     */
    public JwtKeys jwtKeys() throws java.io.IOException {
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

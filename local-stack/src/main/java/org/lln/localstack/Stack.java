package org.lln.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.lln.kafkanode.KraftNode;

/**
 * The whole suite on one machine: a real PostgreSQL (one server, a database per service) and a real Kafka
 * broker with the topics created, side by side, then, once both are ready, the three packaged services as
 * their own processes and the network dashboard, which reads their topics. {@link #close()} stops them in reverse order: dashboard and services first, then Kafka, then
 * PostgreSQL.
 */
public final class Stack implements AutoCloseable {

    private final StackConfig config;
    private final PrintStream console;
    private PostgresServer postgres;
    private KafkaCluster kafka;
    private final List<ServiceProcess> services = new ArrayList<>();

    private Stack(StackConfig config, PrintStream console) {
        this.config = config;
        this.console = console;
    }

    /**
     * @param config  ports and state directory
     * @param console where progress goes
     * @return the running stack
     * @throws IOException when a port is taken or a part does not start; whatever started is stopped again
     */
    public static Stack start(StackConfig config, PrintStream console) throws IOException {
        Stack stack = new Stack(config, console);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * PostgreSQL and Kafka start side by side (neither needs the other); the services and the dashboard then start
     * together, since the dashboard needs only the topics. Each part's readiness is printed.
     */
    private void startAll() throws IOException {
        checkPortsFree();
        Files.createDirectories(config.logs());
        long start = System.nanoTime();
        console.printf("PostgreSQL 17 on port %d ...%n", config.postgresPort());
        console.printf(
                "Kafka (KRaft) on %s ...%n",
                config.brokers().size() == 1
                        ? "port " + config.brokers().get(0).port()
                        : config.brokers().size() + " brokers, ports " + config.bootstrapServers());
        CompletableFuture<KafkaCluster> kafkaStarting = CompletableFuture.supplyAsync(() -> {
            try {
                return startKafka();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            postgres = startPostgres();
            console.printf("  PostgreSQL ready in %.1f s%n", seconds(start));
        } finally {
            kafka = awaitKafka(kafkaStarting);
        }
        console.printf("  Kafka ready in %.1f s%n", seconds(start));
        List<StackConfig.Service> parts = new ArrayList<>(config.instances());
        parts.add(config.dashboard());
        for (StackConfig.Service service : parts) {
            console.printf("%s on port %d ...%n", service.name(), service.port());
            services.add(launch(service));
        }
        for (ServiceProcess service : services) {
            Duration ready = service.awaitReady(Duration.ofSeconds(120));
            console.printf("  %s ready in %.1f s%n", service.service().name(), ready.toMillis() / 1000.0);
        }
        console.printf("Suite ready in %.1f s%n", seconds(start));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** @return the started Kafka, also when PostgreSQL failed meanwhile (so that {@link #close()} stops it) */
    private static KafkaCluster awaitKafka(CompletableFuture<KafkaCluster> starting) throws IOException {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private PostgresServer startPostgres() throws IOException {
        return PostgresServer.start(
                postgresData(),
                config.postgresPort(),
                config.services().stream().map(StackConfig.Service::database).toList(),
                config.logs().resolve("postgres.log"));
    }

    private Path postgresData() {
        return config.home().resolve("postgres");
    }

    /**
     * One broker keeps its log in {@code <home>/kafka}, a cluster in {@code <home>/kafka-cluster}; a home made with
     * the other kind is refused, because the database's outbox has already marked as published what only that
     * other Kafka holds.
     */
    private KafkaCluster startKafka() throws IOException {
        boolean single = config.brokers().size() == 1;
        Path dir = config.home().resolve(single ? "kafka" : "kafka-cluster");
        Path other = config.home().resolve(single ? "kafka-cluster" : "kafka");
        if (Files.exists(other)) {
            throw new IOException(
                    config.home() + " was made with " + (single ? "a Kafka cluster" : "a single Kafka broker")
                            + ", whose topics hold what its services published; use another state directory (LLN_HOME=...) or delete "
                            + config.home());
        }
        if (!single && Files.isDirectory(dir.resolve("node-" + (config.brokers().size() + 1)))
                || !single
                        && Files.isDirectory(dir)
                        && !Files.isDirectory(
                                dir.resolve("node-" + config.brokers().size()))) {
            throw new IOException(dir + " holds a cluster of another size; use the same --brokers or another LLN_HOME");
        }
        return KafkaCluster.start(dir, kafkaClasspath(), config.brokers(), config.logs(), config.archives());
    }

    /** Starts a service or the dashboard with its environment, without waiting for it to be ready. */
    private ServiceProcess launch(StackConfig.Service service) throws IOException {
        return ServiceProcess.start(
                service,
                jarOf(service),
                service.database() == null ? dashboardEnvironment(service.port()) : environment(service),
                config.logs().resolve(service.name() + ".log"),
                config.archives());
    }

    private Map<String, String> dashboardEnvironment(int port) {
        List<StackConfig.Service> owners = config.services();
        return Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "KAFKA_BOOTSTRAP_SERVERS", config.bootstrapServers(),
                "LLN_PARTNERS_URL", owners.get(0).url(),
                "LLN_EVENTS_URL", owners.get(1).url(),
                "LLN_COLLABORATION_URL", owners.get(2).url());
    }

    private Map<String, String> environment(StackConfig.Service service) throws IOException {
        Map<String, String> env = new HashMap<>(config.serviceSettings());
        env.putAll(Map.of(
                "QUARKUS_HTTP_PORT",
                Integer.toString(service.port()),
                "QUARKUS_DATASOURCE_JDBC_URL",
                postgres.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME",
                "postgres",
                "QUARKUS_DATASOURCE_PASSWORD",
                "postgres",
                "KAFKA_BOOTSTRAP_SERVERS",
                config.bootstrapServers(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                config.jwtKeys().publicKeyFile().toString(),
                "LLN_JWT_ISSUER",
                JwtKeys.ISSUER,
                "LLN_JWT_AUDIENCE",
                JwtKeys.AUDIENCE));
        return env;
    }

    /** Every instance of a service runs the same packaged application, that of its module. */
    private Path jarOf(StackConfig.Service service) {
        String module = service.database() == null
                ? service.name()
                : config.services().stream()
                        .filter(s -> s.database().equals(service.database()))
                        .findFirst()
                        .orElseThrow()
                        .name();
        return config.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The launcher's own dependency directory ({@code local-stack/target/lib}) holds the broker's jars. */
    private static String kafkaClasspath() throws IOException {
        try {
            Path location = Path.of(Stack.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path lib = location.getParent().resolve("lib");
            if (!Files.isDirectory(lib)) {
                throw new IOException(lib + " is missing: build first (mvn -B -DskipTests package)");
            }
            return lib.resolve("*").toString();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private void checkPortsFree() throws IOException {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(config.postgresPort(), "PostgreSQL (LLN_POSTGRES_PORT)");
        for (KraftNode broker : config.brokers()) {
            ports.put(broker.port(), "Kafka node " + broker.id() + " (LLN_KAFKA_PORT)");
            ports.put(
                    broker.controllerPort(), "Kafka node " + broker.id() + "'s controller (LLN_KAFKA_CONTROLLER_PORT)");
        }
        for (StackConfig.Service service : config.instances()) {
            ports.put(
                    service.port(),
                    service.name() + " (LLN_" + service.database().toUpperCase() + "_PORT)");
        }
        ports.put(config.dashboard().port(), config.dashboard().name() + " (LLN_DASHBOARD_PORT)");
        List<String> taken = new ArrayList<>();
        ports.forEach((port, owner) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("localhost", port));
            } catch (IOException e) {
                taken.add("port " + port + " for " + owner);
            }
        });
        if (!taken.isEmpty()) {
            throw new IOException("Already in use by another program: " + String.join(", ", taken)
                    + ". Stop that program or choose other ports with the variables named.");
        }
    }

    /** @return the process ids of the broker and the services, for {@code lln down} after a crash */
    public List<Long> childPids() {
        List<Long> pids = new ArrayList<>();
        if (kafka != null) {
            pids.addAll(kafka.pids());
        }
        services.forEach(s -> pids.add(s.pid()));
        return pids;
    }

    /**
     * What runs now, for {@code lln status}: one line per process, tab-separated: name, pid, address.
     *
     * @return the lines
     */
    public synchronized List<String> processes() {
        List<String> lines = new ArrayList<>();
        lines.add("postgresql\t-\tlocalhost:" + config.postgresPort());
        if (kafka != null) {
            Map<Integer, Long> pids = kafka.pidsByNode();
            for (KraftNode broker : config.brokers()) {
                lines.add("kafka-" + broker.id() + "\t" + (pids.containsKey(broker.id()) ? pids.get(broker.id()) : "-")
                        + "\tlocalhost:" + broker.port());
            }
        }
        services.forEach(s -> lines.add(
                s.service().name() + "\t" + s.pid() + "\t" + s.service().url()));
        return lines;
    }

    /**
     * @param config the stack's configuration
     * @return the human summary printed once the stack is ready: URLs, logs, how to stop
     */
    public static String summary(StackConfig config) {
        String urls = config.instances().stream()
                .map(s -> String.format(
                        "  %-22s %s/q/swagger-ui   changes: %s/changes/stream", s.name(), s.url(), s.url()))
                .collect(Collectors.joining("\n"));
        return "Swagger UI and change streams:\n" + urls + "\n"
                + "Network dashboard: " + config.dashboard().url() + "/   (JSON: "
                + config.dashboard().url() + "/api/summary)\n"
                + "Kafka: " + config.bootstrapServers() + "   PostgreSQL: localhost:" + config.postgresPort()
                + " (user postgres, databases partners, events, collaboration)\n"
                + "Logs: " + config.logs() + "\n"
                + "Stop: Ctrl-C here, or ./lln down from another shell";
    }

    // Fault injection (the faults module): crash and restart single processes of a running stack. Each method
    // acts on the process as the stack runs it now; a killed process stays down until it is started again.

    /**
     * SIGKILLs every Kafka node, as a crash of the whole cluster would, and waits until they are gone; their log
     * directories stay.
     */
    public synchronized void killKafka() {
        kafka.pidsByNode().keySet().forEach(kafka::kill);
    }

    /**
     * Starts every Kafka node again on the same log directories and ports (after {@link #killKafka()}).
     *
     * @return the time until the cluster answered and the topics existed
     * @throws IOException when it does not become ready
     */
    public synchronized Duration restartKafka() throws IOException {
        if (!kafka.pidsByNode().isEmpty()) {
            throw new IllegalStateException("Kafka is running");
        }
        long start = System.nanoTime();
        kafka = startKafka();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * SIGKILLs one Kafka node of a cluster, as a crash would; its log directory stays.
     *
     * @param id node id, 1 to the number of brokers
     */
    public synchronized void killBroker(int id) {
        kafka.kill(id);
    }

    /**
     * Starts a killed Kafka node again and waits until the cluster counts it.
     *
     * @param id node id
     * @return the time until it had joined
     * @throws IOException when it does not join
     */
    public Duration restartBroker(int id) throws IOException {
        KafkaCluster cluster;
        synchronized (this) {
            cluster = kafka;
        }
        return cluster.restart(id);
    }

    /**
     * SIGKILLs PostgreSQL's postmaster, as a crash would, and waits until its orphaned backends are gone too;
     * the data directory stays.
     *
     * @throws IOException when the postmaster's pid cannot be read
     */
    public synchronized void killPostgres() throws IOException {
        postgres.kill(postgresData());
    }

    /**
     * Starts PostgreSQL again on the same data directory and port (after {@link #killPostgres()}); it recovers
     * from its write-ahead log.
     *
     * @return the time until it accepted connections
     * @throws IOException when it does not start
     */
    public synchronized Duration restartPostgres() throws IOException {
        long start = System.nanoTime();
        postgres = startPostgres();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * @param database {@code partners}, {@code events} or {@code collaboration}
     * @return its JDBC URL (user and password {@code postgres})
     */
    public synchronized String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /**
     * SIGKILLs a service (or the dashboard), as a crash would, and waits until it is gone.
     *
     * @param name e.g. {@code partners-service}
     */
    public synchronized void killService(String name) {
        service(name).kill();
    }

    /**
     * Stops a service (or the dashboard) with SIGTERM, as an orchestrator would, and measures how long it takes.
     *
     * @param name  e.g. {@code partners-service}
     * @param grace how long to wait before SIGKILL
     * @return the time from SIGTERM to exit, or empty when it had to be killed after {@code grace}
     */
    public synchronized Optional<Duration> stopService(String name, Duration grace) {
        return service(name).stop(grace);
    }

    /**
     * Starts a stopped or killed service (or the dashboard) again with the same configuration, without waiting
     * for it to be ready: it may start while Kafka or PostgreSQL is down.
     *
     * @param name e.g. {@code partners-service}
     * @throws IOException when its JVM cannot be started
     */
    public synchronized void startService(String name) throws IOException {
        ServiceProcess old = service(name);
        if (old.handle().isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        services.set(services.indexOf(old), launch(old.service()));
    }

    /**
     * Starts one more instance of a service on another port, against the same database and broker, as scaling
     * out would; it is stopped with the others.
     *
     * @param name e.g. {@code partners-service}
     * @param port a free port
     * @return the new instance's name ({@code <name>@<port>}), for the other hooks
     * @throws IOException when its JVM cannot be started
     */
    public synchronized String startInstance(String name, int port) throws IOException {
        StackConfig.Service original = service(name).service();
        StackConfig.Service instance =
                new StackConfig.Service(name + "@" + port, original.database(), port, "http://localhost:" + port);
        services.add(ServiceProcess.start(
                instance,
                jarOf(original),
                original.database() == null ? dashboardEnvironment(port) : environment(instance),
                config.logs().resolve(instance.name() + ".log"),
                config.archives()));
        return instance.name();
    }

    /**
     * @param name    e.g. {@code partners-service}
     * @param timeout how long to wait
     * @return the time from its start until {@code /q/health/ready} answered 200
     * @throws IOException when it exits or is not ready in time
     */
    public Duration awaitReady(String name, Duration timeout) throws IOException {
        ServiceProcess process;
        synchronized (this) {
            process = service(name);
        }
        return process.awaitReady(timeout);
    }

    private ServiceProcess service(String name) {
        return services.stream()
                .filter(s -> s.service().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Stops the dashboard and the services (together), then Kafka, then PostgreSQL; safe to call twice. */
    @Override
    public synchronized void close() {
        ChildProcesses.stopAll(
                services.stream().map(ServiceProcess::handle).toList(),
                services.stream()
                        .map(ServiceProcess::stopGrace)
                        .max(Duration::compareTo)
                        .orElse(Duration.ZERO));
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                console.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}

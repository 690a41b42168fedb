package org.lln.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The {@code lln} command: {@code up} runs the whole suite in the foreground (and loads {@code data/}
 * on the first run), {@code down} stops a running one from another shell, {@code load DIR} loads a
 * data directory through the APIs, {@code status} says what runs, {@code token ROLE [--partner CODE]} prints
 * a bearer token and {@code keys} creates the token-signing key pair.
 */
public final class Main {

    private static final PrintStream OUT = System.out;

    private Main() {}

    /**
     * @param args the command and its argument
     */
    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            if (command.equals("up")) {
                env.putAll(clusterOptions(Arrays.copyOfRange(args, 1, args.length)));
            }
            StackConfig config = StackConfig.from(env, StackConfig.findRoot());
            switch (command) {
                case "up" -> up(config);
                case "down" -> down(config);
                case "load" ->
                    load(
                            config,
                            args.length > 1 ? Path.of(args[1]) : config.root().resolve("data"));
                case "status" -> status(config);
                case "token" -> token(config, args);
                case "dlq" -> deadLetters(config, args.length > 1 && args[1].equals("replay"));
                case "keys" ->
                    OUT.println("Token-signing public key: " + config.jwtKeys().publicKeyFile());
                case "help", "--help", "-h" -> help();
                default -> {
                    help();
                    System.exit(2);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("lln " + command + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * @param args {@code [--brokers N] [--instances N]}
     * @return the same as environment variables ({@code LLN_BROKERS}, {@code LLN_INSTANCES})
     */
    static Map<String, String> clusterOptions(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = switch (args[i]) {
                case "--brokers" -> "LLN_BROKERS";
                case "--instances" -> "LLN_INSTANCES";
                default ->
                    throw new IllegalArgumentException(
                            "unknown option '" + args[i] + "'; usage: ./lln up [--brokers N] [--instances N]");
            };
            if (++i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a number");
            }
            options.put(name, args[i]);
        }
        return options;
    }

    private static void help() {
        OUT.println("""
                Usage: ./lln COMMAND
                  up          start PostgreSQL, Kafka, the three services and the dashboard; load data/ on the first run; Ctrl-C stops
                  up --brokers 3 --instances 2
                              the same on a three-broker Kafka cluster with two instances of each service
                  status      show every process of the running suite and each service's health
                  down        stop a suite started by 'up' in another shell
                  load [DIR]  load a data directory (default data/) through the public APIs; idempotent
                  token editor --partner CODE | token admin
                              print a bearer token (valid 8 hours) signed with .lln/jwt/: an editor acts for
                              the partner with this code, admin (the secretariat) writes everything
                  keys        create the token-signing key pair in .lln/jwt/ (for docker compose)
                  dlq         list each service's dead-lettered records and why they could not apply
                  dlq replay  apply them again (idempotent); what still cannot apply stays listed""");
    }

    private static void up(StackConfig config) throws IOException {
        Optional<ProcessHandle> running = launcher(config);
        if (running.isPresent()) {
            OUT.println("The suite is already running (launcher pid "
                    + running.get().pid() + ").");
            OUT.println(Stack.summary(config));
            return;
        }
        Files.createDirectories(config.home());
        Stack stack = Stack.start(config, OUT);
        List<Long> pids = new ArrayList<>(List.of(ProcessHandle.current().pid()));
        pids.addAll(stack.childPids());
        Files.writeString(
                pidFile(config),
                pids.stream()
                                .map(RecordedProcess::describe)
                                .flatMap(Optional::stream)
                                .collect(Collectors.joining("\n")) + "\n");
        Files.write(processesFile(config), stack.processes());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            OUT.println("Stopping: services, then Kafka, then PostgreSQL ...");
                            stack.close();
                            try {
                                Files.deleteIfExists(pidFile(config));
                                Files.deleteIfExists(processesFile(config));
                            } catch (IOException e) {
                                // nothing to do at exit
                            }
                            OUT.println("Stopped.");
                            stopped.countDown();
                        },
                        "lln-shutdown"));
        Path loaded = config.home().resolve("data-loaded");
        if (!Files.exists(loaded)) {
            OUT.println("Loading " + config.root().resolve("data") + " through the APIs ...");
            loader(config).load(config.root().resolve("data"));
            Files.writeString(loaded, Instant.now() + "\n");
        }
        OUT.println(Stack.summary(config));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void down(StackConfig config) throws IOException {
        Path file = pidFile(config);
        if (!Files.exists(file)) {
            OUT.println("The suite is not running.");
            return;
        }
        List<String> lines =
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        Optional<ProcessHandle> launcher = lines.isEmpty() ? Optional.empty() : RecordedProcess.find(lines.get(0));
        if (launcher.isPresent()) {
            OUT.println("Stopping the suite (launcher pid " + launcher.get().pid() + ") ...");
            ChildProcesses.stop(launcher.get(), Duration.ofSeconds(120));
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            RecordedProcess.find(line).ifPresent(orphan -> ChildProcesses.stop(orphan, Duration.ofSeconds(20)));
        }
        Files.deleteIfExists(file);
        OUT.println("Stopped.");
    }

    private static void load(StackConfig config, Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException(directory + " is not a directory");
        }
        OUT.println("Loading " + directory + " through the APIs ...");
        int created = loader(config).load(directory);
        OUT.println(created + " resources created.");
    }

    private static void status(StackConfig config) {
        Optional<ProcessHandle> running = launcher(config);
        OUT.println(running.map(p -> "Running (launcher pid " + p.pid() + ")").orElse("Not running"));
        if (running.isEmpty()) {
            System.exit(3);
        }
        List<String> processes;
        try {
            processes = Files.readAllLines(processesFile(config));
        } catch (IOException e) {
            processes = List.of();
        }
        for (String line : processes) {
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                continue;
            }
            boolean alive = fields[1].equals("-")
                    || ProcessHandle.of(Long.parseLong(fields[1]))
                            .map(ProcessHandle::isAlive)
                            .orElse(false);
            String state = !alive ? "not running" : fields[2].startsWith("http") ? health(fields[2]) : "running";
            OUT.printf("  %-24s pid %-8s %-26s %s%n", fields[0], fields[1], fields[2], state);
        }
    }

    /** Lists or replays each service's dead-letter topic through its admin endpoint, with an admin token. */
    private static void deadLetters(StackConfig config, boolean replay) throws IOException {
        String token = config.jwtKeys().token("admin", Duration.ofMinutes(5));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (StackConfig.Service service : config.services()) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            URI.create(service.url() + "/admin/dead-letters" + (replay ? "/replay" : "")))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60));
            request = replay ? request.POST(java.net.http.HttpRequest.BodyPublishers.noBody()) : request.GET();
            try {
                java.net.http.HttpResponse<String> response =
                        client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                OUT.printf(
                        "%s (%d):%n%s%n",
                        service.name(), response.statusCode(), DeadLetterReport.describe(response.body(), replay));
            } catch (IOException e) {
                OUT.printf("%s: not reachable (%s)%n", service.name(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String health(String url) {
        try {
            int status = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200 ? "ready" : "not ready (" + status + ")";
        } catch (IOException e) {
            return "not reachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** {@code token editor --partner CODE} or {@code token admin [--partner CODE]}: prints a bearer token. */
    private static void token(StackConfig config, String[] args) throws IOException {
        if (args.length < 2 || (args.length != 2 && (args.length != 4 || !args[2].equals("--partner")))) {
            throw new IllegalArgumentException(
                    "say which role and partner: ./lln token editor --partner CODE, or ./lln token admin");
        }
        String partner = args.length == 4 ? args[3] : null;
        if (partner == null && args[1].equals("editor")) {
            System.err.println("Note: an editor token without --partner writes nothing unless the services run with "
                    + "LLN_UNSCOPED_EDITORS=true.");
        }
        OUT.println(config.jwtKeys().token(args[1], partner, Duration.ofHours(8)));
    }

    private static DataLoader loader(StackConfig config) throws IOException {
        List<StackConfig.Service> s = config.services();
        String authorization = System.getenv("LLN_AUTHORIZATION");
        if (authorization == null) {
            authorization = "Bearer " + config.jwtKeys().token("admin", Duration.ofHours(1));
        }
        return new DataLoader(s.get(0).url(), s.get(1).url(), s.get(2).url(), authorization, OUT);
    }

    private static Optional<ProcessHandle> launcher(StackConfig config) {
        try {
            Path file = pidFile(config);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return RecordedProcess.find(Files.readAllLines(file).get(0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What {@code up} started, one process a line (name, pid, address), for {@code status}. */
    private static Path processesFile(StackConfig config) {
        return config.home().resolve("lln.processes");
    }

    private static Path pidFile(StackConfig config) {
        return config.home().resolve("lln.pid");
    }
}

package org.lln.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lln.localstack.ScratchSuite;
import org.lln.localstack.Stack;
import org.lln.localstack.StackConfig;

/**
 * One benchmark run: starts the suite on a fresh state directory and free ports (as {@code ./lln up}
 * does, through {@link Stack}), then for each network size grows the synthetic network, measures the
 * machine's limits (pgbench, Kafka's tools) and the suite (wrk, the services' histograms, RSS) in the same
 * run, and rewrites the report. Stops the suite at the end, whatever happened.
 */
public final class Benchmark {

    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern READY = Pattern.compile("^\\s+(\\S+) ready in ([0-9.]+) s", Pattern.MULTILINE);

    private final BenchOptions options;
    private final PrintStream console;
    private final Report report = new Report();

    /**
     * @param options what to run
     * @param console where progress goes
     */
    public Benchmark(BenchOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    /**
     * @return the Markdown report's path
     * @throws IOException when the suite or a tool fails
     */
    public Path run() throws IOException {
        machine();
        Path target = StackConfig.findRoot().resolve("bench/target");
        Path home = target.resolve("bench-home");
        StackConfig config = ScratchSuite.prepare(StackConfig.findRoot(), home, target.resolve("suite"));
        console.println("Benchmarking a copy of the packaged services in " + target.resolve("suite"));
        ByteArrayOutputStream startLog = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try (Stack stack = Stack.start(config, new PrintStream(tee(console, startLog), true, StandardCharsets.UTF_8))) {
            Thread stopOnExit = new Thread(stack::close, "bench-stop-suite");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            report.size(0, "suiteReadySeconds", round((System.nanoTime() - start) / 1e9));
            startup(startLog.toString(StandardCharsets.UTF_8), config);
            Http http = new Http(authorization(config));
            Path work = target.resolve("bench-work");
            PgBench pgbench = new PgBench(
                    config.postgresPort(),
                    options.connections(),
                    options.threads(),
                    options.load(),
                    work.resolve("pgbench"));
            console.println("pgbench: initialising at scale " + options.pgbenchScale() + " ...");
            report.note("pgbench database initialised with: " + pgbench.initialise(options.pgbenchScale()));
            KafkaTools kafka = new KafkaTools(
                    config.bootstrapServers(), target.resolve("lib/*").toString());
            kafka.createTopics();
            Wrk wrk = new Wrk(options.threads(), options.connections(), options.load(), work.resolve("wrk"));
            SizeRun sizeRun = new SizeRun(config, stack, http, wrk, pgbench, kafka, options, report, console);
            SyntheticNetwork.Ids ids = SyntheticNetwork.Ids.empty();
            for (int size : options.sizes()) {
                sizeRun.measure(size, ids);
                report.write(options.results());
                console.println("Report so far: " + options.results().resolve("bench.md"));
            }
        } finally {
            report.write(options.results());
        }
        return options.results().resolve("bench.md");
    }

    /**
     * The one small place that obtains the token writes need (role admin: the synthetic network belongs to
     * no partner): the stack's own key pair
     * ({@code <LLN_HOME>/jwt/}, see local-stack's {@code JwtKeys}).
     */
    private static String authorization(StackConfig config) throws IOException {
        return "Bearer " + config.jwtKeys().token("admin", Duration.ofHours(6));
    }

    private void machine() throws IOException {
        report.machine("cores", Runtime.getRuntime().availableProcessors());
        report.machine("memory", memory());
        report.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.machine("wrk", Wrk.ensureInstalled());
        report.machine("pgbench", PgBench.version());
        report.machine(
                "fixed concurrency",
                options.connections() + " connections (wrk -c, pgbench -c), " + options.threads()
                        + " threads (wrk -t, pgbench -j)");
        report.machine(
                "run length",
                options.load().toSeconds() + " s per load run; steady writes " + options.steadyRate() + "/s for "
                        + options.steady().toSeconds() + " s");
        report.machine(
                "services",
                "packaged Quarkus JVMs started by local-stack (-Xmx160m, SerialGC, 64 MB code cache), "
                        + "with PostgreSQL 17 (zonky binaries, durable commits: fsync and synchronous_commit on; pgbench sees the same "
                        + "server) and Kafka 4.1.2 (KRaft, one node) on the same machine; the load tools run on it too");
    }

    private static String memory() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo)) {
            return "unknown";
        }
        return Files.readAllLines(meminfo).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .findFirst()
                .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("unknown");
    }

    private void startup(String log, StackConfig config) throws IOException {
        // the launcher also prints PostgreSQL's and Kafka's readiness: only the suite's own JVMs have the target
        Set<String> ours = config.instances().stream()
                .map(StackConfig.Service::name)
                .collect(Collectors.toCollection(HashSet::new));
        ours.add(config.dashboard().name());
        Matcher m = READY.matcher(log);
        while (m.find()) {
            double seconds = Double.parseDouble(m.group(2));
            boolean targeted = ours.contains(m.group(1));
            report.row(new Row(
                    0,
                    m.group(1) + " start to ready, s",
                    seconds,
                    "target",
                    3,
                    targeted ? "< 3 s" : "",
                    targeted ? seconds < 3 : null));
        }
        for (StackConfig.Service service : config.services()) {
            Path file = config.logs().resolve(service.name() + ".log");
            Matcher started = QUARKUS_STARTED.matcher(Files.exists(file) ? Files.readString(file) : "");
            if (started.find()) {
                double seconds = Double.parseDouble(started.group(1));
                report.row(new Row(0, service.name() + " Quarkus 'started in', s", seconds, "target", 3, "", null));
            }
        }
        report.note(String.format(
                "Before a figure's rounds its load runs unmeasured until steady state: two runs within %.0f %% of "
                        + "each other while the JIT compilers of the suite's JVMs use under %.0f %% of a core (at most "
                        + "%d runs; each size's 'warmUp' entries say what it took).",
                100 * SizeRun.RATE_AGREEMENT, 100 * SizeRun.JIT_QUIET, options.warmUpRuns()));
        report.note(
                "Start-up is measured by local-stack from process start to /q/health/ready answering 200, on a fresh "
                        + "state (no class-data archive: a throw-away suite keeps none; every migration to run); PostgreSQL and Kafka start side by side, "
                        + "then the three services and the dashboard at the same time on the same cores. Quarkus' own "
                        + "'started in' (from each service's log) leaves out the JVM's start and the wait for readiness.");
    }

    private static OutputStream tee(OutputStream first, OutputStream second) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                first.write(b);
                second.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                first.write(b, off, len);
                second.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                first.flush();
            }
        };
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

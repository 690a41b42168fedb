package org.lln.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lln.localstack.ScratchSuite;
import org.lln.localstack.Stack;
import org.lln.localstack.StackConfig;

/**
 * Everything measured at one network size, in this order: grow the network; the limits (pgbench
 * select-only and insert, Kafka producer performance and end-to-end latency); GET by id and a filtered,
 * sorted list page on each service; POST and PATCH on partners; steady writes for propagation; resident
 * memory. Each figure becomes a {@link Row} next to its limit.
 */
final class SizeRun {

    /** How close two warm-up runs' rates must be to count as steady: 10 %. */
    static final double RATE_AGREEMENT = 0.10;

    /** The JIT's share of one core below which the suite counts as compiled: 5 %. */
    static final double JIT_QUIET = 0.05;

    /** Each service's list page: filtered and sorted, 20 items. */
    private static final List<String> LIST_PAGES = List.of(
            "/partners?type=COMMUNITY_LEARNING_CENTRE&sort=name&size=20",
            "/events?status=CONFIRMED&sort=-startDate&size=20",
            "/collaboration-areas?theme=TVET&sort=title&size=20");

    private static final List<String> ITEM_PATHS = List.of("/partners/", "/events/", "/collaboration-areas/");
    private static final int RECORD_SIZE = 1024;

    private final StackConfig config;
    private final Stack stack;
    private final Http http;
    private final Wrk wrk;
    private final PgBench pgbench;
    private final KafkaTools kafka;
    private final BenchOptions options;
    private final Report report;
    private final PrintStream console;
    private final double[] firstListP50 = new double[3];
    private final CpuTime cpu;

    SizeRun(
            StackConfig config,
            Stack stack,
            Http http,
            Wrk wrk,
            PgBench pgbench,
            KafkaTools kafka,
            BenchOptions options,
            Report report,
            PrintStream console) {
        this.config = config;
        this.stack = stack;
        this.http = http;
        this.wrk = wrk;
        this.pgbench = pgbench;
        this.kafka = kafka;
        this.options = options;
        this.report = report;
        this.console = console;
        this.cpu = new CpuTime(() -> suiteProcesses(config, stack));
    }

    /** The suite's processes by name: PostgreSQL (its postmaster, from its pid file), Kafka, services, dashboard. */
    static Map<String, Long> suiteProcesses(StackConfig config, Stack stack) {
        Map<String, Long> processes = new LinkedHashMap<>();
        try {
            Path pidFile = config.home().resolve("postgres/postmaster.pid");
            processes.put(
                    "postgresql",
                    Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            // no PostgreSQL figure
        }
        for (String line : stack.processes()) {
            String[] parts = line.split("\t");
            if (parts.length >= 2 && parts[1].matches("\\d+")) {
                processes.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return processes;
    }

    void measure(int size, SyntheticNetwork.Ids ids) throws IOException {
        List<StackConfig.Service> services = config.services();
        String partners = services.get(0).url();
        String events = services.get(1).url();
        String collaboration = services.get(2).url();
        Propagation propagation = new Propagation(http);
        List<String> consumerMetrics =
                List.of(events + "/q/metrics", collaboration + "/q/metrics", partners + "/q/metrics");

        report.size(size, "loadAverageBefore", loadAverage());
        String dashboard = config.dashboard().url();
        console.printf("%n== %,d partners: growing the synthetic network through the APIs ...%n", size);
        NetworkLoader loader = new NetworkLoader(http, partners, events, collaboration, console);
        int before = ids.partners().size() + ids.events().size() + ids.areas().size();
        double seconds = loader.grow(ids, size);
        int created = ids.partners().size() + ids.events().size() + ids.areas().size() - before;
        report.size(
                size,
                "loaded",
                String.format(
                        "%d partners, %d events, %d collaboration areas (ours; plus the POSTs "
                                + "of earlier sizes' write runs)",
                        ids.partners().size(), ids.events().size(), ids.areas().size()));
        report.size(size, "loadSeconds", Benchmark.round(seconds));
        report.size(size, "loadWritesPerSecond", Benchmark.round(created / Math.max(seconds, 0.001)));
        report.size(size, "partnerRows", total(partners + "/partners?size=1"));
        report.size(size, "eventRows", total(events + "/events?size=1"));
        report.size(size, "areaRows", total(collaboration + "/collaboration-areas?size=1"));
        propagation.awaitQuiet(consumerMetrics, Duration.ofSeconds(120));

        console.println("  limits: Kafka's tools ...");
        Measure producer = report.measure(size, kafka.producerPerformance(options.kafkaRecords(), RECORD_SIZE));
        Measure endToEnd =
                report.measure(size, kafka.endToEndLatency(Math.max(200, options.kafkaRecords() / 10), RECORD_SIZE));

        for (int i = 0; i < 3; i++) {
            StackConfig.Service service = services.get(i);
            List<String> sample = i == 0 ? ids.partners() : i == 1 ? ids.events() : ids.areas();
            String path = ITEM_PATHS.get(i);
            String listPage = LIST_PAGES.get(i);
            Paired.Load byId = () -> wrk.getById(service.name() + " GET by id", service.url(), path, sample);
            Paired.Load floor = () ->
                    wrk.get(service.name() + " GET /q/health/live (HTTP floor)", service.url() + "/q/health/live");
            Paired.Load notModified = () -> wrk.getByIdNotModified(
                    service.name() + " GET by id, If-None-Match (304)", service.url(), path, sample);
            Paired.Load list = () -> wrk.get(service.name() + " list " + listPage, service.url() + listPage);
            console.printf("  %s: warming up to a steady rate ...%n", service.name());
            steady(size, byId);
            steady(size, floor);
            steady(size, list);
            console.printf(
                    "  %s: GET by id, pgbench -S, HTTP floor, 304 and a list page in turn, %d rounds ...%n",
                    service.name(), options.rounds());
            String load = loadAverage();
            List<List<Paired.Run>> runs = Paired.alternate(
                    options.rounds(), cpu, List.of(byId, pgbench::selectOnly, floor, notModified, list));
            runs.forEach(r -> r.forEach(run -> report.measure(size, run.measure())));
            report.paired(paired(
                    size,
                    service.name() + " GET by id, req/s",
                    runs.get(0),
                    "pgbench -S, tps",
                    runs.get(1),
                    ">= 0.6 x pgbench -S",
                    0.6,
                    load));
            report.paired(paired(
                    size,
                    service.name() + " GET by id, req/s",
                    runs.get(0),
                    "HTTP floor (/q/health/live), req/s",
                    runs.get(2),
                    ">= 0.7 x HTTP floor",
                    0.7,
                    load));
            report.paired(paired(
                    size,
                    service.name() + " GET by id 304, req/s",
                    runs.get(3),
                    "HTTP floor (/q/health/live), req/s",
                    runs.get(2),
                    "",
                    Double.NaN,
                    load));
            report.paired(paired(
                    size,
                    service.name() + " list page, req/s",
                    runs.get(4),
                    "HTTP floor (/q/health/live), req/s",
                    runs.get(2),
                    "",
                    Double.NaN,
                    load));
            double listP50 = Paired.median(
                    runs.get(4).stream().mapToDouble(r -> r.measure().p50Ms()).toArray());
            if (firstListP50[i] == 0) {
                firstListP50[i] = listP50;
            }
            boolean largest = size >= 100 * options.sizes().get(0);
            report.row(new Row(
                    size,
                    service.name() + " list page, median p50 ms",
                    listP50,
                    "same page at " + options.sizes().get(0) + " partners, p50 ms",
                    firstListP50[i],
                    "<= 2 x at 100x the rows",
                    largest ? listP50 <= 2 * firstListP50[i] : null));
        }

        console.println("  partners-service: POST and PATCH, each in turn with pgbench's insert ...");
        Paired.Load post = () -> wrk.post(
                "partners-service POST /partners",
                partners + "/partners",
                http.authorization(),
                "string.format('{\"code\":\"wrk-%s-%d\",\"name\":\"Bench load partner %d\","
                        + "\"type\":\"NGO\",\"countryCode\":\"KH\",\"subdivisionCode\":\"KH-7\"}', tag, n, n)");
        Paired.Load patch = () -> wrk.patch(
                "partners-service PATCH /partners/{id}",
                partners,
                "/partners/",
                ids.partners(),
                http.authorization(),
                "string.format('{\"locality\":\"Patched %s %d\"}', tag, n)");
        for (Paired.Load write : List.of(post, patch)) {
            steady(size, write);
            propagation.awaitQuiet(consumerMetrics, Duration.ofSeconds(180));
            String load = loadAverage();
            List<Paired.Run> writes = new ArrayList<>();
            List<Paired.Run> inserts = new ArrayList<>();
            List<Double> catchUp = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                Paired.Run run = Paired.measured(cpu, write);
                long end = System.nanoTime();
                long dashboardDone = awaitDashboard(dashboard, partners);
                long consumersDone = propagation.awaitQuiet(consumerMetrics, Duration.ofSeconds(180));
                catchUp.add((Math.max(dashboardDone, consumersDone) - end) / 1e9);
                writes.add(run);
                inserts.add(Paired.measured(cpu, pgbench::insert));
            }
            writes.forEach(r -> report.measure(size, r.measure()));
            inserts.forEach(r -> report.measure(size, r.measure()));
            String name = writes.get(0).measure().name();
            Paired pair = paired(
                    size,
                    name + ", req/s",
                    writes,
                    "pgbench insert (one row per transaction), tps",
                    inserts,
                    "",
                    Double.NaN,
                    load);
            report.paired(pair);
            double rate = Paired.median(
                    writes.stream().mapToDouble(r -> r.measure().perSecond()).toArray());
            report.row(new Row(size, name + ", median req/s", rate, "target", 600, ">= 600/s", rate >= 600));
            report.row(new Row(
                    size,
                    name + ", whole-suite CPU ms per write",
                    pair.cpuMsPerRequest(),
                    "target",
                    3,
                    "<= 3 ms",
                    pair.cpuMsPerRequest() <= 3));
            double lag = Paired.median(
                    catchUp.stream().mapToDouble(Double::doubleValue).toArray());
            report.row(new Row(
                    size,
                    name + ", read models and dashboard caught up after the run, median s (polled every 0.25 s)",
                    lag,
                    "target",
                    1,
                    "< 1 s",
                    lag < 1));
        }

        console.println("  waiting for the consumers to catch up, then steady writes for propagation ...");
        propagation.awaitQuiet(consumerMetrics, Duration.ofSeconds(180));
        Propagation.Result steady = propagation.measure(
                partners, events, collaboration, ids.partners(), options.steadyRate(), options.steady());
        report.size(
                size,
                "steadyWrites",
                steady.writes() + " PATCH /partners/{id} at " + options.steadyRate() + "/s, " + steady.failed()
                        + " failed");
        report.row(new Row(
                size,
                "outbox commit-to-ack p99 ms (partners-service)",
                steady.commitToAck()[1],
                "Kafka ProducerPerformance p99 ms",
                producer.p99Ms(),
                "",
                null));
        report.row(new Row(
                size,
                "propagation p50 ms, partners -> events-service",
                steady.toEvents()[0],
                "Kafka EndToEndLatency p50 ms",
                endToEnd.p50Ms(),
                "",
                null));
        report.row(new Row(
                size,
                "propagation p99 ms, partners -> events-service",
                steady.toEvents()[1],
                "Kafka EndToEndLatency p99 ms",
                endToEnd.p99Ms(),
                "< 250 ms",
                steady.toEvents()[1] < 250));
        report.row(new Row(
                size,
                "propagation p50 ms, partners -> collaboration-service",
                steady.toCollaboration()[0],
                "Kafka EndToEndLatency p50 ms",
                endToEnd.p50Ms(),
                "",
                null));
        report.row(new Row(
                size,
                "propagation p99 ms, partners -> collaboration-service",
                steady.toCollaboration()[1],
                "Kafka EndToEndLatency p99 ms",
                endToEnd.p99Ms(),
                "< 250 ms",
                steady.toCollaboration()[1] < 250));
        report.size(
                size,
                "propagationSamples",
                String.format(
                        "%d acks, %d applied in events-service, %d in collaboration-service",
                        (long) steady.commitToAck()[2], (long) steady.toEvents()[2], (long)
                                steady.toCollaboration()[2]));

        report.size(size, "loadAverageAfter", loadAverage());
        Map<String, Long> pids = suiteProcesses(config, stack);
        for (String name : List.of(
                services.get(0).name(),
                services.get(1).name(),
                services.get(2).name(),
                config.dashboard().name())) {
            double rss = residentMb(pids.get(name));
            report.row(new Row(size, name + " resident memory, MB", rss, "target", 300, "< 300 MB", rss < 300));
        }
        if (size == options.sizes().get(options.sizes().size() - 1) && size >= 10_000) {
            dashboardRebuild(size, dashboard);
        }
    }

    /**
     * Starts a second, fresh dashboard (its own consumer group, every topic from the beginning) and times it
     * from process start until it counts what the running dashboard counts. Only at the largest size, and
     * only from 10,000 partners (not in the smoke run).
     */
    private void dashboardRebuild(int size, String dashboard) throws IOException {
        console.println("  a fresh dashboard rebuilding from the topics ...");
        JsonNode counters = http.get(dashboard + "/api/summary").body().path("counters");
        int port = ScratchSuite.freePort();
        long start = System.nanoTime();
        String name = stack.startInstance(config.dashboard().name(), port);
        double seconds = Double.NaN;
        try {
            stack.awaitReady(name, Duration.ofMinutes(3));
            long deadline = start + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                Http.Reply reply = http.get("http://localhost:" + port + "/api/summary");
                JsonNode fresh = reply.body() == null ? null : reply.body().path("counters");
                if (fresh != null
                        && fresh.path("partners").asLong()
                                >= counters.path("partners").asLong()
                        && fresh.path("events").asLong()
                                >= counters.path("events").asLong()
                        && fresh.path("collaborationAreas").asLong()
                                >= counters.path("collaborationAreas").asLong()) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    break;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            stack.stopService(name, Duration.ofSeconds(10));
        }
        report.size(size, "dashboardRebuildOf", counters.toString());
        report.row(new Row(
                size,
                "fresh dashboard: process start to the whole network counted, s",
                seconds,
                "target",
                30,
                "< 30 s",
                seconds < 30));
    }

    /**
     * Runs a load unmeasured until the suite is at steady state: two runs in a row within 10 % of each other,
     * and the JIT compilers of the suite's JVMs busy for less than 5 % of one core in the
     * last of them (code still being compiled makes every later run faster; by hand, PATCH rose from 290 to
     * 750/s over five minutes of load while C2 kept compiling, in steps small enough to pass the 10 %
     * test). At most {@link BenchOptions#warmUpRuns()} runs; the report says what it took.
     */
    private void steady(int size, Paired.Load load) throws IOException {
        long start = System.nanoTime();
        double last = -1;
        double jit = Double.NaN;
        boolean settled = false;
        String name = "";
        int runs = 0;
        while (!settled && runs < options.warmUpRuns()) {
            double compiling = cpu.compilerSeconds();
            long begin = System.nanoTime();
            Measure run = load.run();
            jit = (cpu.compilerSeconds() - compiling) / ((System.nanoTime() - begin) / 1e9);
            name = run.name();
            settled = last > 0 && Math.abs(run.perSecond() - last) <= RATE_AGREEMENT * last && jit < JIT_QUIET;
            last = run.perSecond();
            runs++;
        }
        String outcome = String.format(
                "%d %s in %.0f s, %s; the JIT compilers used %.1f %% of a core in the last run",
                runs,
                runs == 1 ? "run" : "runs",
                (System.nanoTime() - start) / 1e9,
                settled ? "steady" : "stopped at the limit before steady state",
                100 * jit);
        report.size(size, "warmUp " + name, outcome);
        console.printf("    warm-up of %s: %s%n", name, outcome);
    }

    private Paired paired(
            int size,
            String figure,
            List<Paired.Run> suite,
            String limit,
            List<Paired.Run> limits,
            String target,
            double targetRatio,
            String load) {
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        suite.forEach(run -> run.cpuSeconds().forEach((name, seconds) -> cpuSeconds.merge(name, seconds, Double::sum)));
        long requests = suite.stream()
                .mapToLong(run -> run.measure().count() - run.measure().errors())
                .sum();
        return new Paired(
                size,
                figure,
                limit,
                suite.stream().mapToDouble(r -> r.measure().perSecond()).toArray(),
                limits.stream().mapToDouble(r -> r.measure().perSecond()).toArray(),
                target,
                targetRatio,
                load,
                cpuSeconds,
                requests);
    }

    /**
     * Waits until the dashboard counts as many partners as partners-service lists: it has caught up.
     *
     * @return the {@link System#nanoTime()} at which it did, or when two minutes passed without it
     */
    private long awaitDashboard(String dashboard, String partners) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            long listed = total(partners + "/partners?size=1");
            Http.Reply reply = http.get(dashboard + "/api/summary");
            if (reply.body() != null
                    && reply.body().path("counters").path("partners").asLong(-1) >= listed) {
                return System.nanoTime();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        return System.nanoTime();
    }

    /** The machine's 1, 5 and 15 minute load averages: how much else competed for the cores. */
    private static String loadAverage() throws IOException {
        Path file = Path.of("/proc/loadavg");
        return Files.exists(file)
                ? String.join(" ", List.of(Files.readString(file).split(" ")).subList(0, 3))
                : "unknown";
    }

    private long total(String url) throws IOException {
        Http.Reply reply = http.get(url);
        return reply.body() == null ? -1 : reply.body().path("totalItems").asLong(-1);
    }

    /** Resident set of a process and its descendants, from {@code /proc/<pid>/status} (VmRSS), in MB. */
    static double residentMb(long pid) throws IOException {
        double kb = rssKb(pid);
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            kb += rssKb(child.pid());
        }
        return Benchmark.round(kb / 1024.0);
    }

    private static double rssKb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .findFirst()
                .map(l -> Double.parseDouble(l.replaceAll("\\D", "")))
                .orElse(Double.NaN);
    }
}

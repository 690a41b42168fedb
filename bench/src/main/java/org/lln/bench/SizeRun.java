package org.lln.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.lln.localstack.Stack;
import org.lln.localstack.StackConfig;

/**
 * Everything measured at one network size, in this order: grow the network; the limits (pgbench
 * select-only and insert, Kafka producer performance and end-to-end latency); GET by id and a filtered,
 * sorted list page on each service; POST and PATCH on partners; steady writes for propagation; resident
 * memory. Each figure becomes a {@link Row} next to its limit.
 */
final class SizeRun {

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

    SizeRun(StackConfig config, Stack stack, Http http, Wrk wrk, PgBench pgbench, KafkaTools kafka, BenchOptions options,
            Report report, PrintStream console) {
        this.config = config;
        this.stack = stack;
        this.http = http;
        this.wrk = wrk;
        this.pgbench = pgbench;
        this.kafka = kafka;
        this.options = options;
        this.report = report;
        this.console = console;
    }

    void measure(int size, SyntheticNetwork.Ids ids) throws IOException {
        List<StackConfig.Service> services = config.services();
        String partners = services.get(0).url();
        String events = services.get(1).url();
        String collaboration = services.get(2).url();
        Propagation propagation = new Propagation(http);
        List<String> consumerMetrics = List.of(events + "/q/metrics", collaboration + "/q/metrics", partners + "/q/metrics");

        report.size(size, "loadAverageBefore", loadAverage());
        console.printf("%n== %,d partners: growing the synthetic network through the APIs ...%n", size);
        NetworkLoader loader = new NetworkLoader(http, partners, events, collaboration, console);
        int before = ids.partners().size() + ids.events().size() + ids.areas().size();
        double seconds = loader.grow(ids, size);
        int created = ids.partners().size() + ids.events().size() + ids.areas().size() - before;
        report.size(size, "loaded", String.format("%d partners, %d events, %d collaboration areas (ours; plus the POSTs "
                + "of earlier sizes' write runs)", ids.partners().size(), ids.events().size(), ids.areas().size()));
        report.size(size, "loadSeconds", Benchmark.round(seconds));
        report.size(size, "loadWritesPerSecond", Benchmark.round(created / Math.max(seconds, 0.001)));
        report.size(size, "partnerRows", total(partners + "/partners?size=1"));
        report.size(size, "eventRows", total(events + "/events?size=1"));
        report.size(size, "areaRows", total(collaboration + "/collaboration-areas?size=1"));
        propagation.awaitQuiet(consumerMetrics, Duration.ofSeconds(120));

        console.println("  limits: pgbench and Kafka's tools ...");
        Measure select = report.measure(size, pgbench.selectOnly());
        Measure insert = report.measure(size, pgbench.insert());
        Measure producer = report.measure(size, kafka.producerPerformance(options.kafkaRecords(), RECORD_SIZE));
        Measure endToEnd = report.measure(size, kafka.endToEndLatency(Math.max(200, options.kafkaRecords() / 10), RECORD_SIZE));

        boolean first = size == options.sizes().get(0);
        wrk.warmUp(first ? options.warmUp().multipliedBy(4) : options.warmUp());
        for (int i = 0; i < 3; i++) {
            StackConfig.Service service = services.get(i);
            List<String> sample = i == 0 ? ids.partners() : i == 1 ? ids.events() : ids.areas();
            console.printf("  %s: GET by id and a list page ...%n", service.name());
            Measure byId = report.measure(size, wrk.getById(service.name() + " GET by id", service.url(), ITEM_PATHS.get(i), sample));
            report.row(new Row(size, service.name() + " GET by id, req/s", byId.perSecond(), select.name() + ", tps",
                    select.perSecond(), ">= 0.5 x pgbench -S", byId.perSecond() >= 0.5 * select.perSecond()));
            report.row(new Row(size, service.name() + " GET by id, p99 ms", byId.p99Ms(), select.name() + ", p99 ms",
                    select.p99Ms(), "", null));
            Measure list = report.measure(size, wrk.get(service.name() + " list " + LIST_PAGES.get(i), service.url() + LIST_PAGES.get(i)));
            if (firstListP50[i] == 0) {
                firstListP50[i] = list.p50Ms();
            }
            report.row(new Row(size, service.name() + " list page, req/s", list.perSecond(), select.name() + ", tps",
                    select.perSecond(), "", null));
            boolean largest = size >= 100 * options.sizes().get(0);
            report.row(new Row(size, service.name() + " list page, p50 ms", list.p50Ms(),
                    "same page at " + options.sizes().get(0) + " partners, p50 ms", firstListP50[i],
                    "<= 2 x at 100x the rows", largest ? list.p50Ms() <= 2 * firstListP50[i] : null));
        }

        console.println("  partners-service: POST and PATCH ...");
        Measure post = report.measure(size, wrk.post("partners-service POST /partners", partners + "/partners",
                http.authorization(), "string.format('{\"code\":\"wrk-%s-%d\",\"name\":\"Bench load partner %d\","
                        + "\"type\":\"NGO\",\"countryCode\":\"KH\",\"subdivisionCode\":\"KH-7\"}', tag, n, n)"));
        writeRows(size, post, insert);
        Measure patch = report.measure(size, wrk.patch("partners-service PATCH /partners/{id}", partners, "/partners/",
                ids.partners(), http.authorization(), "string.format('{\"locality\":\"Patched %s %d\"}', tag, n)"));
        writeRows(size, patch, insert);

        console.println("  waiting for the consumers to catch up, then steady writes for propagation ...");
        propagation.awaitQuiet(consumerMetrics, Duration.ofSeconds(180));
        Propagation.Result steady = propagation.measure(partners, events, collaboration, ids.partners(),
                options.steadyRate(), options.steady());
        report.size(size, "steadyWrites", steady.writes() + " PATCH /partners/{id} at " + options.steadyRate() + "/s, "
                + steady.failed() + " failed");
        report.row(new Row(size, "outbox commit-to-ack p99 ms (partners-service)", steady.commitToAck()[1],
                "Kafka ProducerPerformance p99 ms", producer.p99Ms(), "", null));
        report.row(new Row(size, "propagation p50 ms, partners -> events-service", steady.toEvents()[0],
                "Kafka EndToEndLatency p50 ms", endToEnd.p50Ms(), "", null));
        report.row(new Row(size, "propagation p99 ms, partners -> events-service", steady.toEvents()[1],
                "Kafka EndToEndLatency p99 ms", endToEnd.p99Ms(), "< 250 ms", steady.toEvents()[1] < 250));
        report.row(new Row(size, "propagation p50 ms, partners -> collaboration-service", steady.toCollaboration()[0],
                "Kafka EndToEndLatency p50 ms", endToEnd.p50Ms(), "", null));
        report.row(new Row(size, "propagation p99 ms, partners -> collaboration-service", steady.toCollaboration()[1],
                "Kafka EndToEndLatency p99 ms", endToEnd.p99Ms(), "< 250 ms", steady.toCollaboration()[1] < 250));
        report.size(size, "propagationSamples", String.format("%d acks, %d applied in events-service, %d in collaboration-service",
                (long) steady.commitToAck()[2], (long) steady.toEvents()[2], (long) steady.toCollaboration()[2]));

        report.size(size, "loadAverageAfter", loadAverage());
        List<Long> pids = stack.childPids();
        for (int i = 0; i < 3; i++) {
            double rss = residentMb(pids.get(i + 1));
            report.row(new Row(size, services.get(i).name() + " resident memory, MB", rss, "target", 300, "< 300 MB", rss < 300));
        }
    }

    private void writeRows(int size, Measure write, Measure insert) {
        report.row(new Row(size, write.name() + ", req/s", write.perSecond(), insert.name() + ", tps", insert.perSecond(),
                ">= 500/s", write.perSecond() >= 500));
        report.row(new Row(size, write.name() + ", p99 ms", write.p99Ms(), insert.name() + ", p99 ms", insert.p99Ms(), "", null));
    }

    /** The machine's 1, 5 and 15 minute load averages: how much else competed for the cores. */
    private static String loadAverage() throws IOException {
        Path file = Path.of("/proc/loadavg");
        return Files.exists(file) ? String.join(" ", List.of(Files.readString(file).split(" ")).subList(0, 3)) : "unknown";
    }

    private long total(String url) throws IOException {
        Http.Reply reply = http.get(url);
        return reply.body() == null ? -1 : reply.body().path("totalItems").asLong(-1);
    }

    /** Resident set of a process and its descendants, from {@code /proc/<pid>/status} (VmRSS), in MB. */
    static double residentMb(long pid) throws IOException {
        double kb = rssKb(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            kb += rssKb(child.pid());
        }
        return Benchmark.round(kb / 1024.0);
    }

    private static double rssKb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Double.parseDouble(l.replaceAll("\\D", ""))).orElse(Double.NaN);
    }
}

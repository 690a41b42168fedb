package org.lln.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The fault-injection report, {@code faults.md} and {@code faults.json}: the machine and what else ran on it, and
 * per scenario its timeline, every figure and its invariants. Rewritten after each scenario.
 */
final class Report {

    private final FaultsOptions options;
    private final ObjectNode root = Api.JSON.createObjectNode();
    private final ObjectNode machine;
    private final ArrayNode scenarios;

    /** @param options the run's options, written into the report */
    Report(FaultsOptions options) {
        this.options = options;
        root.put("form", (options.shortForm() ? "short" : "full") + (options.cluster() ? ", cluster" : ""));
        machine = root.putObject("machine");
        ObjectNode settings = root.putObject("settings");
        settings.put("writesPerScenario", options.writes())
                .put("writesPerSecond", options.perSecond())
                .put("faultAfterSeconds", options.faultAfter().toSeconds())
                .put("brokerOutageSeconds", options.brokerOutage().toSeconds())
                .put("longOutageSeconds", options.longOutage().toSeconds())
                .put("longOutageWrites", options.longWrites())
                .put("postgresDownSeconds", options.postgresDown().toSeconds())
                .put("serviceDownSeconds", options.serviceDown().toSeconds())
                .put("convergenceDeadlineSeconds", options.convergence().toSeconds())
                .put("shutdownGraceSeconds", options.shutdownGrace().toSeconds());
        scenarios = root.putArray("scenarios");
    }

    /** Records the machine and what runs on it before the suite starts. */
    void machineBefore() {
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memory());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("loadAverageAtStart", loadAverage());
        ArrayNode busiest = machine.putArray("busiestProcessesAtStart");
        topProcesses().forEach(busiest::add);
    }

    /** Records the load average at the end. */
    void machineAfter() {
        machine.put("loadAverageAtEnd", loadAverage());
    }

    void put(String key, Object value) {
        root.putPOJO(key, value);
    }

    void scenario(ObjectNode scenario) {
        scenarios.add(scenario);
    }

    /**
     * @param key     the scenario
     * @param failure why it could not run to its end
     * @return the scenario's report entry: one broken invariant naming the failure
     */
    static ObjectNode failed(String key, RuntimeException failure) {
        ObjectNode node = Api.JSON
                .createObjectNode()
                .put("key", key)
                .put("title", key)
                .put("description", "")
                .put("invariantsHeld", false);
        node.putArray("timeline");
        node.putObject("figures");
        node.putArray("invariants")
                .addObject()
                .put("name", "the scenario ran to its end")
                .put("held", false)
                .put("detail", String.valueOf(failure));
        return node;
    }

    /** @return whether every scenario ran and every invariant held */
    boolean allHeld() {
        if (root.has("error") || scenarios.isEmpty()) {
            return false;
        }
        for (JsonNode s : scenarios) {
            if (!s.path("invariantsHeld").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes both files.
     *
     * @throws IOException when they cannot be written
     */
    void write() throws IOException {
        root.put("generatedAt", Instant.now().toString());
        root.put("invariantsHeld", allHeld());
        Files.createDirectories(options.results());
        Files.writeString(
                options.results().resolve("faults.json"),
                Api.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
        Files.writeString(options.results().resolve("faults.md"), markdown());
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# LLN suite under faults\n\n");
        md.append("Generated ")
                .append(root.path("generatedAt").asText())
                .append(" by `./lln faults")
                .append(options.shortForm() ? " --short" : "")
                .append(options.cluster() ? " --cluster" : "")
                .append("` (")
                .append(root.path("form").asText())
                .append(" form). The packaged services")
                .append(
                        options.cluster()
                                ? " (two instances of each), a real PostgreSQL 17 and a three-broker Kafka cluster (KRaft)"
                                : ", a real PostgreSQL 17 and a real Kafka broker (KRaft)")
                .append(
                        " ran on this machine, started by local-stack on a fresh state; every figure below is from this run. "
                                + "What the scenarios do and why: [docs/faults.md](")
                .append(options.cluster() ? "../../../docs/faults.md" : "../../docs/faults.md")
                .append(").\n\n");
        md.append("**Every invariant held: ").append(allHeld() ? "yes" : "no").append("**\n\n");
        md.append("| scenario | invariants | broken |\n|---|---|---|\n");
        for (JsonNode s : scenarios) {
            long broken = 0;
            StringBuilder names = new StringBuilder();
            for (JsonNode i : s.path("invariants")) {
                if (!i.path("held").asBoolean()) {
                    broken++;
                    names.append(names.length() == 0 ? "" : "; ")
                            .append(i.path("name").asText());
                }
            }
            md.append("| ")
                    .append(s.path("title").asText())
                    .append(" | ")
                    .append(s.path("invariants").size() - broken)
                    .append(" of ")
                    .append(s.path("invariants").size())
                    .append(" held | ")
                    .append(broken == 0 ? "" : names)
                    .append(" |\n");
        }
        if (root.has("error")) {
            md.append("\n**The run stopped early:** ")
                    .append(root.path("error").asText())
                    .append("\n");
        }
        md.append("\n## Machine\n\n");
        machine.fields()
                .forEachRemaining(f -> md.append("- ")
                        .append(f.getKey())
                        .append(": ")
                        .append(
                                f.getValue().isTextual()
                                        ? f.getValue().asText()
                                        : f.getValue().toString())
                        .append('\n'));
        md.append("- suite ready in: ")
                .append(root.path("suiteReadySeconds").asText("?"))
                .append(" s; whole run: ")
                .append(root.path("totalSeconds").asText("?"))
                .append(" s\n");
        md.append("\nSettings: `").append(root.path("settings")).append("`\n");
        int n = 1;
        for (JsonNode s : scenarios) {
            scenario(md, n++, s);
        }
        return md.toString();
    }

    private static void scenario(StringBuilder md, int n, JsonNode s) {
        JsonNode f = s.path("figures");
        md.append("\n## ")
                .append(n)
                .append(". ")
                .append(s.path("title").asText())
                .append("\n\n")
                .append(s.path("description").asText())
                .append("\n\n");
        md.append("| invariant | held | figure |\n|---|---|---|\n");
        for (JsonNode i : s.path("invariants")) {
            md.append("| ")
                    .append(i.path("name").asText())
                    .append(" | ")
                    .append(i.path("held").asBoolean() ? "yes" : "**NO**")
                    .append(" | ")
                    .append(cell(i.path("detail").asText()))
                    .append(" |\n");
        }
        md.append("\nTimeline (seconds from the scenario's start):\n\n");
        s.path("timeline")
                .forEach(t -> md.append("- ")
                        .append(t.path("seconds").asText())
                        .append(" s: ")
                        .append(t.path("what").asText())
                        .append('\n'));
        if (!f.has("load")) {
            return;
        }
        JsonNode load = f.path("load");
        md.append("\n- writes attempted: ")
                .append(load.path("attempted").asText())
                .append(", acknowledged (2xx): ")
                .append(load.path("acknowledged").asText())
                .append("; statuses clients saw: `")
                .append(load.path("statuses"))
                .append("`; by kind: `")
                .append(load.path("byKind"))
                .append("`; slowest answer ")
                .append(load.path("slowestAnswerMs").asText())
                .append(" ms\n");
        md.append("- owner rows (whole run): `")
                .append(f.path("ownerRows"))
                .append("`; acknowledged writes missing from the owner's ")
                .append("database: ")
                .append(f.path("acknowledgedMissingFromOwnerDatabase").asText())
                .append(", from the topic: ")
                .append(f.path("acknowledgedMissingFromTopic").asText())
                .append("; committed changes never published: ")
                .append(f.path("committedButUnpublished").asText())
                .append('\n');
        md.append("- converged: ")
                .append(
                        f.path("converged").asBoolean()
                                ? "yes, in " + f.path("secondsToConverge").asText()
                                        + " s after the load and the recovery"
                                : "**no**, within the deadline")
                .append('\n');
        md.append("- load average before / after: ")
                .append(f.path("loadAverageBefore").asText())
                .append(" / ")
                .append(f.path("loadAverageAfter").asText())
                .append('\n');
        md.append(
                "\n| topic | records | distinct CloudEvent ids | duplicate ids (whole topic) | new duplicates by the relay (ids / extra copies) | new per-key order violations |\n|---|---:|---:|---:|---:|---:|\n");
        f.path("topics")
                .fields()
                .forEachRemaining(t -> md.append("| ")
                        .append(t.getKey())
                        .append(" | ")
                        .append(t.getValue().path("records").asText())
                        .append(" | ")
                        .append(t.getValue().path("distinctCloudEventIds").asText())
                        .append(" | ")
                        .append(t.getValue().path("duplicateIdsTotal").asText())
                        .append(" | ")
                        .append(t.getValue().path("newRelayDuplicateIds").asText())
                        .append(" / ")
                        .append(t.getValue().path("newRelayDuplicateCopies").asText())
                        .append(" | ")
                        .append(t.getValue().path("newOrderViolations").asText())
                        .append(" |\n"));
        md.append(
                "\n| read model | rows | owner rows | differing from the owner | of which new in this scenario |\n|---|---:|---:|---:|---:|\n");
        f.path("readModels")
                .forEach(r -> md.append("| ")
                        .append(r.path("consumer").asText())
                        .append(" / ")
                        .append(r.path("resource").asText())
                        .append(" | ")
                        .append(r.path("rows").asText())
                        .append(" | ")
                        .append(r.path("ownerRows").asText())
                        .append(" | ")
                        .append(r.path("differing").asText())
                        .append(" | ")
                        .append(r.path("newlyDiffering").asText())
                        .append(" |\n"));
        JsonNode dashboard = f.path("dashboard");
        md.append("\n- dashboard: counters `")
                .append(dashboard.path("counters"))
                .append("`, partners by type `")
                .append(dashboard.path("partnersByType"))
                .append("`, consumption `")
                .append(dashboard.path("consumption"))
                .append("` (records on the three topics: ")
                .append(dashboard.path("topicRecordsTotal").asText())
                .append("); differences from the owners: `")
                .append(dashboard.path("differencesFromOwners"))
                .append("`\n");
        md.append(
                "\n| dead-letter topic | records (whole run) | new | new poison | new valid records | reasons |\n|---|---:|---:|---:|---:|---|\n");
        f.path("deadLetters")
                .fields()
                .forEachRemaining(d -> md.append("| ")
                        .append(d.getKey())
                        .append(" | ")
                        .append(d.getValue().path("recordsTotal").asText())
                        .append(" | ")
                        .append(d.getValue().path("newRecords").asText())
                        .append(" | ")
                        .append(d.getValue().path("newPoison").asText())
                        .append(" | ")
                        .append(d.getValue().path("newValid").asText())
                        .append(" | ")
                        .append(cell(d.getValue().path("reasons").toString()))
                        .append(" |\n"));
        md.append(
                "\n| readiness of | probes | answers | refused (down) | slower than 2 s | slowest ms | first answer after a start, ms |\n|---|---:|---|---:|---:|---:|---:|\n");
        f.path("health")
                .fields()
                .forEachRemaining(h -> md.append("| ")
                        .append(h.getKey())
                        .append(" | ")
                        .append(h.getValue().path("probes").asText())
                        .append(" | `")
                        .append(h.getValue().path("statuses"))
                        .append("` | ")
                        .append(h.getValue().path("refused").asText())
                        .append(" | ")
                        .append(h.getValue().path("slowerThan2s").asText())
                        .append(" | ")
                        .append(h.getValue().path("slowestMs").asText())
                        .append(" | ")
                        .append(h.getValue().path("firstAnswerAfterStartMs").asText(""))
                        .append(" |\n"));
        Set<String> shown = Set.of(
                "load",
                "ownerRows",
                "acknowledgedMissingFromOwnerDatabase",
                "acknowledgedMissingFromTopic",
                "committedButUnpublished",
                "converged",
                "secondsToConverge",
                "loadAverageBefore",
                "loadAverageAfter",
                "topics",
                "readModels",
                "dashboard",
                "deadLetters",
                "health");
        StringBuilder rest = new StringBuilder();
        f.fields().forEachRemaining(e -> {
            if (!shown.contains(e.getKey())
                    && !(e.getValue().isArray() && e.getValue().isEmpty())) {
                rest.append("- ")
                        .append(e.getKey())
                        .append(": ")
                        .append(e.getValue().isTextual() ? e.getValue().asText() : "`" + e.getValue() + "`")
                        .append('\n');
            }
        });
        if (rest.length() > 0) {
            md.append("\nMore figures:\n\n").append(rest);
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** @return {@code /proc/loadavg}'s first three figures, or {@code unknown} */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .findFirst()
                    .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** @return the five busiest processes by CPU share, as {@code ps} gives them: what else ran on the machine */
    private static List<String> topProcesses() {
        try {
            Process ps = new ProcessBuilder("ps", "-eo", "pcpu,rss,comm", "--sort=-pcpu")
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new String(ps.getInputStream().readAllBytes())
                    .lines()
                    .skip(1)
                    .limit(5)
                    .map(l -> l.trim().replaceAll("\\s+", " "))
                    .toList();
            ps.waitFor();
            return lines.stream()
                    .map(l -> {
                        String[] p = l.split(" ", 3);
                        return p.length < 3 ? l : p[2] + " (" + p[0] + "% CPU, " + Long.parseLong(p[1]) / 1024 + " MB)";
                    })
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of("unknown: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}

package org.lln.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The benchmark's report, {@code bench/results/bench.md} and {@code bench/results/bench.json}: the
 * machine, every raw measure with its exact command, and the rows that put each figure next to its limit
 * as a ratio, per network size. Rewritten after each size, so a run stopped half-way still leaves figures.
 */
public final class Report {

    private final ObjectNode machine = Http.JSON.createObjectNode();
    private final Map<Integer, ObjectNode> sizes = new TreeMap<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Integer> measureSizes = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Paired> paired = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param key   a property of the machine or run, e.g. {@code cores}
     * @param value its value
     */
    public void machine(String key, Object value) {
        machine.putPOJO(key, value);
    }

    /**
     * @param size  the network size
     * @param key   e.g. {@code partners}
     * @param value its value
     */
    public void size(int size, String key, Object value) {
        sizes.computeIfAbsent(size, s -> Http.JSON.createObjectNode().put("partnersTarget", s))
                .putPOJO(key, value);
    }

    /**
     * @param size    the network size (0 for once per run)
     * @param measure a raw measure
     * @return the measure
     */
    public Measure measure(int size, Measure measure) {
        measures.add(measure);
        measureSizes.add(size);
        return measure;
    }

    /** @param row a figure next to its limit */
    public void row(Row row) {
        rows.add(row);
    }

    /** @param figure a figure measured in alternating pairs with its limit */
    public void paired(Paired figure) {
        paired.add(figure);
    }

    /** @param note a sentence for the reader, e.g. why a figure is missing */
    public void note(String note) {
        notes.add(note);
    }

    /**
     * Writes both files.
     *
     * @param directory where to write
     * @throws IOException when they cannot be written
     */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("bench.json"), json());
        Files.writeString(directory.resolve("bench.md"), markdown());
    }

    String json() throws IOException {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("generatedAt", Instant.now().toString());
        root.set("machine", machine);
        ArrayNode sizeArray = root.putArray("sizes");
        sizes.values().forEach(sizeArray::add);
        ArrayNode measureArray = root.putArray("measures");
        for (int i = 0; i < measures.size(); i++) {
            ObjectNode node = Http.JSON.valueToTree(measures.get(i));
            node.put("size", measureSizes.get(i));
            measureArray.add(node);
        }
        ArrayNode rowArray = root.putArray("rows");
        for (Row row : rows) {
            ObjectNode node = Http.JSON.valueToTree(row);
            node.put("ratio", round(row.ratio()));
            rowArray.add(node);
        }
        ArrayNode pairedArray = root.putArray("paired");
        for (Paired p : paired) {
            ObjectNode node = pairedArray
                    .addObject()
                    .put("size", p.size())
                    .put("figure", p.figure())
                    .put("limit", p.limit());
            node.putPOJO("values", p.values());
            node.putPOJO("limitValues", p.limitValues());
            node.putPOJO("ratios", p.ratios());
            node.put("medianRatio", round(p.medianRatio()))
                    .put("spread", p.spread())
                    .put("target", p.target());
            node.putPOJO("met", p.met());
            node.put("loadAverage", p.loadAverage()).put("requests", p.requests());
            node.putPOJO("cpuSeconds", p.cpuSeconds());
            node.put("cpuMsPerRequest", round(p.cpuMsPerRequest()));
        }
        ArrayNode noteArray = root.putArray("notes");
        notes.forEach(noteArray::add);
        return Http.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# LLN suite benchmark\n\n");
        md.append("Generated ")
                .append(Instant.now())
                .append(" by `./lln bench`. Every figure is from this machine in this ")
                .append("run, next to the same machine's limit measured in the same run; absolute figures move with ")
                .append("the machine's other load, ratios much less.\n\n");
        machine.fields()
                .forEachRemaining(f -> md.append("- ")
                        .append(f.getKey())
                        .append(": ")
                        .append(
                                f.getValue().isTextual()
                                        ? f.getValue().asText()
                                        : f.getValue().toString())
                        .append('\n'));
        sizes.forEach((size, facts) -> {
            md.append("\n## ")
                    .append(size == 0 ? "Once per run" : String.format(Locale.ROOT, "%,d partners", size))
                    .append("\n\n");
            facts.fields()
                    .forEachRemaining(f -> md.append("- ")
                            .append(f.getKey())
                            .append(": ")
                            .append(f.getValue().asText(f.getValue().toString()))
                            .append('\n'));
            md.append(
                    "\n| figure | value | limit | limit value | ratio | target | met |\n|---|---:|---|---:|---:|---|---|\n");
            rows.stream()
                    .filter(r -> r.size() == size)
                    .forEach(r -> md.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s | %s | %s |%n",
                            r.figure(),
                            number(r.value()),
                            r.limit(),
                            number(r.limitValue()),
                            number(r.ratio()),
                            r.target(),
                            r.met() == null ? "" : r.met() ? "yes" : "**no**")));
            List<Paired> here = paired.stream().filter(p -> p.size() == size).toList();
            if (!here.isEmpty()) {
                md.append(
                                "\nIn alternating pairs (figure, limit, figure, limit, ...), ratio = median of the per-pair ratios:\n\n")
                        .append(
                                "| figure | limit | median ratio | spread | figure per pair | limit per pair | target | met "
                                        + "| load average | CPU s per process (figure's runs) | CPU ms per request |\n")
                        .append("|---|---|---:|---|---|---|---|---|---|---|---:|\n");
                here.forEach(p -> md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.2f | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        p.figure(),
                        p.limit(),
                        p.medianRatio(),
                        p.spread(),
                        list(p.values()),
                        list(p.limitValues()),
                        p.target(),
                        p.met() == null ? "" : p.met() ? "yes" : "**no**",
                        p.loadAverage(),
                        cpu(p.cpuSeconds()),
                        number(p.cpuMsPerRequest()))));
            }
        });
        md.append(
                        "\n## Raw measures\n\n| size | measure | per second | p50 ms | p99 ms | p99.9 ms | count | errors |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %s | %s | %d | %d |%n",
                    measureSizes.get(i),
                    m.name(),
                    number(m.perSecond()),
                    number(m.p50Ms()),
                    number(m.p99Ms()),
                    number(m.p999Ms()),
                    m.count(),
                    m.errors()));
        }
        md.append("\n## Exact commands\n\n```\n");
        measures.stream()
                .map(Measure::command)
                .distinct()
                .forEach(c -> md.append(c).append('\n'));
        md.append("```\n");
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String list(double[] values) {
        return Arrays.stream(values).mapToObj(Report::number).collect(Collectors.joining(", "));
    }

    private static String cpu(Map<String, Double> seconds) {
        return seconds.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static double round(double value) {
        return Double.isNaN(value) ? Double.NaN : Math.round(value * 1000) / 1000.0;
    }
}

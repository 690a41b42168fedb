package org.lln.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The fault-injection suite's short forms, as {@code ./lln faults --short} and {@code ./lln faults --short --cluster} run
 * them: {@code FaultsMain} in a child JVM on local-stack's packaged launcher, against the packaged services, a real
 * PostgreSQL and a real Kafka broker (three brokers and two instances of each service in the cluster form). Asserts
 * the invariants the run wrote to {@code faults.json} (never timings, machines are noisy): nothing acknowledged lost,
 * read models equal to the owners, no 500, no duplicates from the relay, per-key order, poison dead-lettered and
 * applied nowhere, valid records never dead-lettered, readiness prompt and honest; in the cluster form also fail-over
 * of publishing, no change-feed gap and consumer lag back to 0.
 */
class FaultsShortTest {

    @Test
    void everyInvariantHoldsUnderTheShortFaultRun() throws IOException, InterruptedException {
        assertEveryInvariantHeld(
                run("single", "--short"),
                List.of("broker-kill", "service-kill", "postgres-kill", "service-start-kafka-down", "poison-records"));
    }

    @Test
    void everyInvariantHoldsUnderTheShortChaosRunOnACluster() throws IOException, InterruptedException {
        JsonNode report = run("cluster", "--short", "--cluster");
        assertEveryInvariantHeld(report, List.of("cluster-chaos"));
        JsonNode figures = report.path("scenarios").get(0).path("figures");
        assertThat(figures.path("changeFeedReaders").findValues("positionsSeen"))
                .as("feed readers saw changes")
                .allMatch(n -> n.asInt() > 0)
                .hasSize(3);
        assertThat(figures.path("consumerLag").path("backToZero").asBoolean()).isTrue();
    }

    private static JsonNode run(String name, String... args) throws IOException, InterruptedException {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent();
        Path out = module.resolve("target/short-results-" + name);
        String classpath = String.join(
                File.pathSeparator,
                root.resolve("local-stack/target/local-stack.jar").toString(),
                root.resolve("local-stack/target/lib/*").toString(),
                module.resolve("target/classes").toString(),
                module.resolve("target/lib/*").toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", classpath, FaultsMain.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", out.toString()));
        Path log = module.resolve("target/faults-short-" + name + ".log");
        Process faults = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!faults.waitFor(15, TimeUnit.MINUTES)) {
            faults.destroy();
            faults.waitFor(60, TimeUnit.SECONDS);
            throw new AssertionError("the short fault run took more than 15 minutes; see " + log);
        }
        assertThat(faults.exitValue())
                .as("exit status (1: the run could not finish); see " + log)
                .isIn(0, 2);
        assertThat(Files.readString(out.resolve("faults.md"))).contains("| invariant | held | figure |");
        return Api.JSON.readTree(out.resolve("faults.json").toFile());
    }

    private static void assertEveryInvariantHeld(JsonNode report, List<String> scenarios) {
        assertThat(report.path("machine").path("cores").asInt()).isPositive();
        assertThat(report.path("scenarios").findValuesAsText("key")).containsExactlyElementsOf(scenarios);
        List<String> broken = new ArrayList<>();
        for (JsonNode scenario : report.path("scenarios")) {
            for (JsonNode invariant : scenario.path("invariants")) {
                if (!invariant.path("held").asBoolean()) {
                    broken.add(scenario.path("key").asText() + ": "
                            + invariant.path("name").asText() + " ("
                            + invariant.path("detail").asText() + ")");
                }
            }
        }
        assertThat(broken)
                .as("invariants broken; the report is beside faults.json in target/")
                .isEmpty();
        for (JsonNode scenario : report.path("scenarios")) {
            assertThat(scenario.path("invariants").size())
                    .as(scenario.path("key").asText())
                    .isGreaterThanOrEqualTo(9);
            assertThat(scenario.path("figures").path("load").path("attempted").asInt())
                    .as(scenario.path("key").asText())
                    .isPositive();
        }
    }
}

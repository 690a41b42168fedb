package org.lln.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, so it cannot rot: {@code BenchMain --smoke} (200 partners, 2 s runs) as
 * {@code ./lln bench} runs it, a child JVM on local-stack's packaged launcher. Asserts only that the
 * report is produced with real numbers: no throughput thresholds, machines are noisy.
 */
class BenchSmokeTest {

    @Test
    void smokeRunWritesAReportWithRealFigures() throws IOException, InterruptedException {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent();
        Path out = module.resolve("target/smoke-results");
        String classpath = String.join(
                File.pathSeparator,
                root.resolve("local-stack/target/local-stack.jar").toString(),
                root.resolve("local-stack/target/lib/*").toString(),
                module.resolve("target/classes").toString(),
                module.resolve("target/lib/*").toString());
        Process bench = new ProcessBuilder(List.of(
                        KafkaTools.javaBinary(),
                        "-Xmx256m",
                        "-cp",
                        classpath,
                        BenchMain.class.getName(),
                        "--smoke",
                        "--out",
                        out.toString()))
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(module.resolve("target/smoke.log").toFile())
                .start();
        if (!bench.waitFor(4, TimeUnit.MINUTES)) {
            bench.destroy();
            bench.waitFor(60, TimeUnit.SECONDS);
            throw new AssertionError("the smoke run took more than 4 minutes; see target/smoke.log");
        }
        assertThat(bench.exitValue()).as("exit status; see target/smoke.log").isZero();

        JsonNode report = Http.JSON.readTree(out.resolve("bench.json").toFile());
        assertThat(report.path("machine").path("cores").asInt()).isPositive();
        List<String> measured = report.path("measures").findValuesAsText("name");
        assertThat(measured)
                .contains(
                        "pgbench -S (select by primary key)",
                        "partners-service GET by id",
                        "events-service GET by id",
                        "collaboration-service GET by id",
                        "partners-service POST /partners",
                        "partners-service PATCH /partners/{id}");
        for (JsonNode measure : report.path("measures")) {
            assertThat(measure.path("perSecond").asDouble())
                    .as(measure.path("name").asText())
                    .isPositive();
            assertThat(measure.path("p99Ms").asDouble())
                    .as(measure.path("name").asText())
                    .isPositive();
        }
        assertThat(report.path("rows").findValuesAsText("figure"))
                .anyMatch(f -> f.startsWith("propagation p99 ms"))
                .anyMatch(f -> f.endsWith("resident memory, MB"))
                .anyMatch(f -> f.endsWith("start to ready, s"));
        for (JsonNode row : report.path("rows")) {
            assertThat(row.path("value").isNumber())
                    .as(row.path("figure").asText())
                    .isTrue();
        }
        JsonNode size = report.path("sizes").path(report.path("sizes").size() - 1);
        assertThat(size.path("partnersTarget").asInt()).isEqualTo(200);
        assertThat(size.path("warmUp partners-service PATCH /partners/{id}").asText())
                .as("how the PATCH warm-up ended, with the JIT's share")
                .matches("1 run in \\d+ s, stopped at the limit before steady state; "
                        + "the JIT compilers used \\d+\\.\\d % of a core in the last run");
        assertThat(size.path("warmUp partners-service GET by id").isTextual()).isTrue();
        assertThat(Files.readString(out.resolve("bench.md"))).contains("| figure | value | limit", "## Exact commands");
    }
}

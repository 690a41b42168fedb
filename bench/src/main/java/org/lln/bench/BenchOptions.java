package org.lln.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does.
 *
 * @param sizes        network sizes in partners, ascending (events and areas follow, see {@link SyntheticNetwork})
 * @param load         length of each wrk and pgbench run
 * @param steady       length of the steady-write window for propagation
 * @param steadyRate   writes per second in that window
 * @param connections  fixed concurrency: HTTP connections, and pgbench clients
 * @param threads      wrk and pgbench threads
 * @param pgbenchScale pgbench scale factor (100,000 accounts per unit)
 * @param kafkaRecords records for Kafka's producer-performance tool (the end-to-end tool sends a tenth)
 * @param results      where the report goes
 * @param rounds       alternating rounds of each figure with its limits (3; 1 in the smoke run)
 * @param warmUpRuns   at most this many unmeasured runs before a figure's rounds, until steady state (three
 *                     minutes of runs: 12, 36 with {@code --quick}; 1 in the smoke run)
 */
public record BenchOptions(
        List<Integer> sizes,
        Duration load,
        Duration steady,
        int steadyRate,
        int connections,
        int threads,
        int pgbenchScale,
        int kafkaRecords,
        Path results,
        int rounds,
        int warmUpRuns) {

    /**
     * @param args {@code [--sizes 1000,10000,100000] [--quick] [--smoke] [--out DIR]}
     * @param root the checkout
     * @return the options: 15 s runs by default, 5 s with {@code --quick};
     *         {@code --smoke} is the CI run (200 partners, 2 s runs)
     * @throws IllegalArgumentException for an unknown argument
     */
    public static BenchOptions parse(String[] args, Path root) {
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        Duration load = Duration.ofSeconds(15);
        Duration steady = Duration.ofSeconds(30);
        int scale = 10;
        int records = 50_000;
        Path out = root.resolve("bench/results");
        int rounds = 3;
        int warmUpRuns = 12;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(value(args, ++i).split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .sorted()
                            .toList();
                case "--quick" -> {
                    load = Duration.ofSeconds(5);
                    steady = Duration.ofSeconds(10);
                    records = 20_000;
                    warmUpRuns = 36;
                }
                case "--smoke" -> {
                    sizes = List.of(200);
                    load = Duration.ofSeconds(2);
                    steady = Duration.ofSeconds(3);
                    scale = 1;
                    records = 2_000;
                    rounds = 1;
                    warmUpRuns = 1;
                }
                case "--out" -> out = Path.of(value(args, ++i));
                default ->
                    throw new IllegalArgumentException("unknown argument '" + args[i]
                            + "'; usage: ./lln bench [--sizes 1000,10000,100000] [--quick] [--out DIR]");
            }
        }
        return new BenchOptions(
                sizes, load, steady, 100, 16, 2, scale, records, out.toAbsolutePath(), rounds, warmUpRuns);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}

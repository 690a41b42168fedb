package org.lln.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.lln.localstack.StackConfig;

/**
 * {@code ./lln bench [--sizes 1000,10000,100000] [--quick]}: runs the benchmark and prints where the
 * report is. Exit status 1 when it could not finish (the report then holds what was measured).
 */
public final class BenchMain {

    private BenchMain() {}

    /** @param args see {@link BenchOptions#parse} */
    public static void main(String[] args) {
        try {
            BenchOptions options = BenchOptions.parse(args, StackConfig.findRoot());
            Path report = new Benchmark(options, System.out).run();
            System.out.println("\nReport: " + report + " (and bench.json beside it)");
        } catch (IOException | RuntimeException e) {
            System.err.println("lln bench: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}

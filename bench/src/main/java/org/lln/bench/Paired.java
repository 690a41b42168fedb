package org.lln.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A figure of the suite measured in alternating pairs with its limit (suite, limit, suite, limit, ...), so
 * both see the same machine within seconds of each other; the figure to read is the median of the per-pair
 * ratios, with their spread. Medians of the raw values are given too, and the CPU seconds each process of
 * the suite used during the suite's runs.
 *
 * @param size        the network size
 * @param figure      e.g. {@code partners-service GET by id, req/s}
 * @param limit       e.g. {@code pgbench -S, tps}
 * @param values      the suite's figure in each pair
 * @param limitValues the limit's figure in each pair
 * @param target      the target ratio in words, or empty
 * @param targetRatio the ratio the median must reach (NaN without a target)
 * @param loadAverage the machine's load averages when the pairs began
 * @param cpuSeconds  CPU seconds per process summed over the suite's runs
 * @param requests    requests the suite completed in its runs
 */
record Paired(
        int size,
        String figure,
        String limit,
        double[] values,
        double[] limitValues,
        String target,
        double targetRatio,
        String loadAverage,
        Map<String, Double> cpuSeconds,
        long requests) {

    /** @return each pair's value / limit value */
    double[] ratios() {
        double[] ratios = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ratios[i] = values[i] / limitValues[i];
        }
        return ratios;
    }

    /** @return the median of the per-pair ratios */
    double medianRatio() {
        return median(ratios());
    }

    /** @return whether the median ratio reaches the target; null without one */
    Boolean met() {
        return Double.isNaN(targetRatio) ? null : medianRatio() >= targetRatio;
    }

    /** @return {@code min-max} of the per-pair ratios */
    String spread() {
        double[] r = ratios().clone();
        Arrays.sort(r);
        return String.format(Locale.ROOT, "%.2f-%.2f", r[0], r[r.length - 1]);
    }

    /** @return all CPU seconds of the suite's processes per completed request, in milliseconds */
    double cpuMsPerRequest() {
        return requests == 0 ? Double.NaN : CpuTime.total(cpuSeconds) * 1000 / requests;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One load run: its figures and the CPU the suite's processes used meanwhile. */
    record Run(Measure measure, Map<String, Double> cpuSeconds) {}

    /** A load run that may fail. */
    interface Load {
        Measure run() throws IOException;
    }

    /**
     * Runs the loads in turn, {@code rounds} times: A, B, C, A, B, C, ... so each run of the suite has its
     * limits measured seconds before or after it.
     *
     * @return each load's runs, in the order of {@code loads}
     */
    static List<List<Run>> alternate(int rounds, CpuTime cpu, List<Load> loads) throws IOException {
        List<List<Run>> runs = new ArrayList<>();
        loads.forEach(l -> runs.add(new ArrayList<>()));
        for (int i = 0; i < rounds; i++) {
            for (int j = 0; j < loads.size(); j++) {
                runs.get(j).add(measured(cpu, loads.get(j)));
            }
        }
        return runs;
    }

    static Run measured(CpuTime cpu, Load load) throws IOException {
        Map<String, Double> before = cpu.snapshot();
        Measure measure = load.run();
        return new Run(measure, CpuTime.between(before, cpu.snapshot()));
    }
}

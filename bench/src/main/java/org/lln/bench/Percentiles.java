package org.lln.bench;

import java.util.Arrays;

/** Percentiles of a sample, nearest-rank. */
final class Percentiles {

    private Percentiles() {}

    /**
     * @param values     the sample (sorted in place)
     * @param percentile e.g. 99.9
     * @param fallback   the value returned for an empty sample
     * @return the smallest value at or above which {@code percentile} % of the sample lies
     */
    static double of(double[] values, double percentile, double fallback) {
        if (values.length == 0) {
            return fallback;
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(percentile / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }
}

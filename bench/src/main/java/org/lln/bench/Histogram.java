package org.lln.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus histogram read from a service's {@code /q/metrics}: cumulative counts per upper bound
 * ({@code le}, seconds), summed over every series of the metric whose labels contain {@code filter}.
 * Two snapshots give the distribution of what happened between them ({@link #minus}).
 *
 * @param buckets upper bound in seconds (with {@code +Inf}) to cumulative count
 */
public record Histogram(TreeMap<Double, Double> buckets) {

    private static final Pattern LINE = Pattern.compile("^(\\w+)_bucket\\{([^}]*)\\} ([0-9.eE+-]+|NaN)");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /**
     * @param metrics the Prometheus text
     * @param name    metric name without {@code _bucket}, e.g. {@code lln_outbox_commit_to_ack_seconds}
     * @param filter  text the label set must contain, e.g. {@code resource="partner"}; empty for all
     * @return the histogram (empty when the metric is absent)
     */
    public static Histogram parse(String metrics, String name, String filter) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find() || !m.group(1).equals(name) || !m.group(2).contains(filter)) {
                continue;
            }
            Matcher le = LE.matcher(m.group(2));
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.merge(bound, Double.parseDouble(m.group(3)), Double::sum);
            }
        }
        return new Histogram(buckets);
    }

    /**
     * @param earlier a snapshot taken before this one
     * @return the counts recorded between the two snapshots
     */
    public Histogram minus(Histogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        buckets.forEach((bound, count) -> delta.put(bound, count - earlier.buckets.getOrDefault(bound, 0.0)));
        return new Histogram(delta);
    }

    /** @return the number of observations */
    public long count() {
        return buckets.isEmpty() ? 0 : Math.round(buckets.lastEntry().getValue());
    }

    /**
     * @param quantile between 0 and 1, e.g. 0.99
     * @return the value in milliseconds, interpolated linearly inside its bucket; NaN when empty
     */
    public double quantileMs(double quantile) {
        double total = count();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = quantile * total;
        double lower = 0;
        double below = 0;
        List<Map.Entry<Double, Double>> entries = new ArrayList<>(buckets.entrySet());
        for (Map.Entry<Double, Double> bucket : entries) {
            double upper = bucket.getKey();
            double cumulative = bucket.getValue();
            if (cumulative >= rank) {
                if (Double.isInfinite(upper)) {
                    return lower * 1000;
                }
                double inside = cumulative - below;
                double fraction = inside == 0 ? 1 : (rank - below) / inside;
                return (lower + (upper - lower) * fraction) * 1000;
            }
            lower = upper;
            below = cumulative;
        }
        return lower * 1000;
    }
}

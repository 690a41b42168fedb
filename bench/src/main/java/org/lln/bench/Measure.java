package org.lln.bench;

/**
 * One load run's figures.
 *
 * @param name     what was measured, e.g. {@code partners GET by id}
 * @param perSecond completed requests (or transactions, or records) per second
 * @param p50Ms    median latency, milliseconds
 * @param p99Ms    99th percentile latency, milliseconds
 * @param p999Ms   99.9th percentile latency, milliseconds
 * @param count    requests completed
 * @param errors   requests that failed or answered outside 2xx/3xx
 * @param command  the exact command that produced the figures
 */
public record Measure(
        String name,
        double perSecond,
        double p50Ms,
        double p99Ms,
        double p999Ms,
        long count,
        long errors,
        String command) {}

package org.lln.bench;

/**
 * One line of the report: a figure of the suite next to the limit it is compared with.
 *
 * @param size       network size in partners (0 for figures measured once, such as start-up)
 * @param figure     what was measured, e.g. {@code partners-service GET by id, req/s}
 * @param value      the suite's figure
 * @param limit      what it is compared with, e.g. {@code pgbench -S tps}
 * @param limitValue the limit's figure
 * @param target     the target for this figure, in words, or empty
 * @param met        whether the target is met; null when there is no target
 */
public record Row(int size, String figure, double value, String limit, double limitValue, String target, Boolean met) {

    /** @return value / limitValue (NaN without a limit) */
    public double ratio() {
        return limitValue == 0 || Double.isNaN(limitValue) ? Double.NaN : value / limitValue;
    }
}

package org.lln.platform.limits;

/**
 * A token bucket: holds up to {@code burst} permits, refilled at {@code perSecond}; each request takes one.
 * Thread-safe. Time is passed in, in nanoseconds, so the arithmetic is testable without waiting.
 */
final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double permits;
    private long updatedNanos;

    /**
     * @param perSecond permits added per second, above 0
     * @param burst     most permits held, at least 1
     * @param nowNanos  the current time
     */
    TokenBucket(double perSecond, double burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.permits = burst;
        this.updatedNanos = nowNanos;
    }

    /**
     * @param nowNanos the current time
     * @return 0 when a permit was taken, otherwise the whole seconds until one is available (at least 1)
     */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (permits >= 1) {
            permits -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - permits) / perSecond));
    }

    /** @return whether the bucket is full again at this time, i.e. forgetting it changes nothing */
    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return permits >= burst;
    }

    private void refill(long nowNanos) {
        permits = Math.min(burst, permits + (nowNanos - updatedNanos) / 1e9 * perSecond);
        updatedNanos = nowNanos;
    }
}

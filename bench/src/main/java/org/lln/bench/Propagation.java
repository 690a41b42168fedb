package org.lln.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Propagation delay under a steady write load: PATCHes partners at a fixed rate for a fixed time (a
 * bounded number of writes), then reads, from the services' own Micrometer histograms on
 * {@code /q/metrics}, what happened in that window: partners-service's outbox commit-to-ack and the
 * time-to-applied of {@code partner} events in events-service's and collaboration-service's read models.
 */
public final class Propagation {

    /** The outbox relay's histogram: row insert to broker acknowledgement. */
    public static final String COMMIT_TO_ACK = "lln_outbox_commit_to_ack_seconds";
    /** The read-model store's histogram: CloudEvent time to applied. */
    public static final String TIME_TO_APPLIED = "lln_readmodel_time_to_applied_seconds";

    private static final long POLL_MILLIS = 250;
    /** Polls without a change that count as caught up: a second, ten times the consumers' longest fetch wait. */
    private static final int QUIET_POLLS = 4;

    /**
     * The window's figures.
     *
     * @param writes       PATCHes sent
     * @param failed       PATCHes not answered 200
     * @param commitToAck  partners-service outbox: p50 and p99 in ms, with the count
     * @param toEvents     events-service read model: p50 and p99 in ms, with the count
     * @param toCollaboration collaboration-service read model: p50 and p99 in ms, with the count
     */
    public record Result(int writes, int failed, double[] commitToAck, double[] toEvents, double[] toCollaboration) {}

    private final Http http;

    /** @param http client with the editor token */
    public Propagation(Http http) {
        this.http = http;
    }

    /**
     * Waits until the consumers have applied everything written so far: their applied counts, polled every
     * 250 ms, stop moving for a second.
     *
     * @param metricsUrls the consuming services' {@code /q/metrics} URLs
     * @param limit       the longest to wait
     * @return the {@link System#nanoTime()} of the first poll that saw the final counts: the consumers had
     *     caught up by then, and at most one poll earlier
     * @throws IOException when a service does not answer
     */
    public long awaitQuiet(List<String> metricsUrls, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = -1;
        long since = System.nanoTime();
        int unchanged = 0;
        while (System.nanoTime() < deadline && unchanged < QUIET_POLLS) {
            long polled = System.nanoTime();
            long total = 0;
            for (String url : metricsUrls) {
                total += Histogram.parse(http.text(url), TIME_TO_APPLIED, "").count();
            }
            if (total == last) {
                unchanged++;
            } else {
                last = total;
                since = polled;
                unchanged = 0;
            }
            sleep(POLL_MILLIS);
        }
        return since;
    }

    /**
     * @param partnersUrl      partners-service base URL
     * @param eventsUrl        events-service base URL
     * @param collaborationUrl collaboration-service base URL
     * @param partnerIds       partners to patch, in turn
     * @param perSecond        writes per second
     * @param duration         how long
     * @return the figures of the window
     * @throws IOException when a service does not answer
     */
    public Result measure(
            String partnersUrl,
            String eventsUrl,
            String collaborationUrl,
            List<String> partnerIds,
            int perSecond,
            Duration duration)
            throws IOException {
        String[] metrics = {partnersUrl + "/q/metrics", eventsUrl + "/q/metrics", collaborationUrl + "/q/metrics"};
        Histogram ackBefore = Histogram.parse(http.text(metrics[0]), COMMIT_TO_ACK, "");
        Histogram eventsBefore = Histogram.parse(http.text(metrics[1]), TIME_TO_APPLIED, "resource=\"partner\"");
        Histogram collaborationBefore = Histogram.parse(http.text(metrics[2]), TIME_TO_APPLIED, "resource=\"partner\"");

        int writes = (int) (perSecond * duration.toSeconds());
        List<CompletableFuture<Integer>> answers = new ArrayList<>(writes);
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try {
            long periodMicros = 1_000_000L / perSecond;
            clock.scheduleAtFixedRate(
                    () -> {
                        int n = next.getAndIncrement();
                        if (n < writes) {
                            String id = partnerIds.get(n % partnerIds.size());
                            synchronized (answers) {
                                answers.add(http.patchAsync(
                                        partnersUrl + "/partners/" + id, "{\"locality\":\"Steady " + n + "\"}"));
                            }
                        }
                    },
                    0,
                    periodMicros,
                    TimeUnit.MICROSECONDS);
            sleep(duration.toMillis() + 200);
        } finally {
            clock.shutdownNow();
        }
        int failed = 0;
        synchronized (answers) {
            for (CompletableFuture<Integer> answer : answers) {
                try {
                    failed += answer.get(30, TimeUnit.SECONDS) == 200 ? 0 : 1;
                } catch (Exception e) {
                    failed++;
                }
            }
        }
        awaitQuiet(List.of(metrics[1], metrics[2]), Duration.ofSeconds(60));
        Histogram ack =
                Histogram.parse(http.text(metrics[0]), COMMIT_TO_ACK, "").minus(ackBefore);
        Histogram events = Histogram.parse(http.text(metrics[1]), TIME_TO_APPLIED, "resource=\"partner\"")
                .minus(eventsBefore);
        Histogram collaboration = Histogram.parse(http.text(metrics[2]), TIME_TO_APPLIED, "resource=\"partner\"")
                .minus(collaborationBefore);
        return new Result(
                Math.min(writes, answers.size()), failed, figures(ack), figures(events), figures(collaboration));
    }

    private static double[] figures(Histogram histogram) {
        return new double[] {histogram.quantileMs(0.50), histogram.quantileMs(0.99), histogram.count()};
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

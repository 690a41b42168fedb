package org.lln.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A partner system following one service's HTTP change feed through a scenario: it pages {@code GET /changes}, each
 * page from the next instance of the service in turn (as a load balancer would send it), and resumes after the
 * last position it saw, also across the death of the instance it was reading from. Afterwards every position the
 * service's outbox holds beyond where the reader started must have been seen: a position that committed after a
 * higher one the reader had already passed would be skipped for good (a feed gap).
 */
final class FeedReader implements AutoCloseable {

    private final String service;
    private final List<String> instances;
    private final Api api;
    private final long start;
    private final Set<Long> seen = new TreeSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long after;
    private int pages;
    private int failedPages;

    /**
     * @param service  the service's name
     * @param instances base URLs of its instances
     * @param api      the client
     * @param start    the position to start after (the end of the feed before the scenario)
     */
    FeedReader(String service, List<String> instances, Api api, long start) {
        this.service = service;
        this.instances = List.copyOf(instances);
        this.api = api;
        this.start = start;
        this.after = start;
        this.thread = new Thread(this::run, "faults-feed-" + service);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * @param url an instance's base URL
     * @param api the client
     * @return the feed's last position now
     */
    static long end(String url, Api api) {
        long after = 0;
        while (true) {
            Api.Reply reply = api.get(url + "/changes?limit=1000&after=" + after, Duration.ofSeconds(30));
            if (reply.status() != 200) {
                throw new IllegalStateException(url + "/changes answered " + reply.status());
            }
            long next = reply.body().path("next").asLong();
            if (reply.body().path("items").isEmpty()) {
                return next;
            }
            after = next;
        }
    }

    private void run() {
        int turn = 0;
        while (running) {
            String url = instances.get(turn++ % instances.size());
            if (!page(url)) {
                pause(Duration.ofMillis(200));
            }
        }
    }

    /** @return whether the page was full (more may follow at once) */
    private synchronized boolean page(String url) {
        Api.Reply reply = api.get(url + "/changes?limit=100&after=" + after, Duration.ofSeconds(10));
        if (reply.status() != 200 || reply.body() == null) {
            failedPages++;
            return false;
        }
        pages++;
        JsonNode items = reply.body().path("items");
        for (JsonNode item : items) {
            long position = item.path("position").asLong();
            if (position <= after) {
                throw new IllegalStateException(service + " feed went backwards: " + position + " after " + after);
            }
            seen.add(position);
            after = position;
        }
        return items.size() == 100;
    }

    /**
     * Reads on until the feed is drained (after convergence), then stops.
     *
     * @param url an instance that runs now
     */
    void drain(String url) {
        running = false;
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        while (page(url)) {
            // full pages: more follow
        }
    }

    /**
     * @param f       where the figures go
     * @param jdbcUrl the service's database
     * @return the positions the outbox holds beyond the start that the reader never saw
     * @throws SQLException when the database cannot be read
     */
    synchronized List<Long> gaps(ObjectNode f, String jdbcUrl) throws SQLException {
        List<Long> published = new ArrayList<>();
        try (Connection c = Snapshot.connect(jdbcUrl);
                PreparedStatement s = c.prepareStatement(
                        "select position from outbox_event where position > ? and position <= ? order by position")) {
            s.setLong(1, start);
            s.setLong(2, after);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    published.add(rows.getLong(1));
                }
            }
        }
        List<Long> gaps = published.stream().filter(p -> !seen.contains(p)).toList();
        f.putObject(service)
                .put("startedAfter", start)
                .put("endedAt", after)
                .put("positionsSeen", seen.size())
                .put("positionsPublished", published.size())
                .put("gaps", gaps.size())
                .put("pages", pages)
                .put("pagesWithoutAnswer", failedPages)
                .put("instancesReadFrom", instances.size());
        return gaps;
    }

    @Override
    public void close() {
        running = false;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

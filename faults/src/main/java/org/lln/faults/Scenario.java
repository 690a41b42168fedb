package org.lln.faults;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one scenario did and measured, as it goes into the report: its timeline, the figures, and its invariants,
 * each held or broken with the figure that decides it.
 */
final class Scenario {

    private final ObjectNode node = Api.JSON.createObjectNode();
    private final ArrayNode timeline;
    private final ArrayNode invariants;
    private final long start = System.nanoTime();

    /**
     * @param key         short name, e.g. {@code broker-kill}
     * @param title       one line for a human
     * @param description what is done and what it shows
     */
    Scenario(String key, String title, String description) {
        node.put("key", key).put("title", title).put("description", description);
        timeline = node.putArray("timeline");
        node.putObject("figures");
        invariants = node.putArray("invariants");
    }

    /** @return {@link System#nanoTime()} when the scenario started */
    long startNanos() {
        return start;
    }

    /** @return seconds since the scenario started */
    double elapsed() {
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }

    /**
     * @param what something that happened now
     */
    void at(String what) {
        timeline.addObject().put("seconds", elapsed()).put("what", what);
        System.out.printf("  [%6.1f s] %s%n", elapsed(), what);
    }

    /** @return the figures object, to put figures into */
    ObjectNode figures() {
        return (ObjectNode) node.get("figures");
    }

    /**
     * @param name   the invariant, e.g. {@code 0 acknowledged writes lost}
     * @param held   whether it held
     * @param detail the figure that decides it
     */
    void invariant(String name, boolean held, String detail) {
        invariants.addObject().put("name", name).put("held", held).put("detail", detail);
        System.out.printf("  %s %s: %s%n", held ? "HELD  " : "BROKEN", name, detail);
    }

    /** @return the scenario as the report's JSON holds it */
    ObjectNode node() {
        node.put("seconds", elapsed());
        boolean held = true;
        for (var invariant : invariants) {
            held &= invariant.path("held").asBoolean();
        }
        node.put("invariantsHeld", held);
        return node;
    }

    /**
     * @param writes the writes
     * @return status label to count, sorted
     */
    static Map<String, Long> histogram(List<Write> writes) {
        Map<String, Long> counts = new TreeMap<>();
        writes.forEach(w -> counts.merge(w.statusLabel(), 1L, Long::sum));
        return counts;
    }
}

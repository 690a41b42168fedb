package org.lln.dashboard.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lln.dashboard.representation.Activity;
import org.lln.dashboard.representation.Delta;
import org.lln.dashboard.representation.ServiceLinks;
import org.lln.dashboard.representation.Summary;

/**
 * The live dashboard: applies change events to the {@link Network}, numbers the applied ones, and
 * pushes a {@link Delta} for each to the stream's subscribers. Positions are {@code <instance>.<sequence>}
 * where the instance part is new at every start, since the aggregates are rebuilt from the topics then.
 * Every method holds the same lock, so a subscriber gets its snapshot and then every later delta, in order.
 */
@ApplicationScoped
public class Dashboard {

    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private final DashboardConfig config;
    private final Network network;
    private final Deque<StreamItem> recentDeltas = new ArrayDeque<>();
    private final List<Predicate<StreamItem>> subscribers = new ArrayList<>();
    private long sequence;
    private Summary last;

    /** @param config links, time zone and sizes */
    public Dashboard(DashboardConfig config) {
        this.config = config;
        this.network = new Network(
                new ServiceLinks(config.partnersUrl(), config.eventsUrl(), config.collaborationUrl()),
                config.latestChanges());
        this.last = network.summary(position(), today());
    }

    /**
     * Applies a change; when it changed anything, sends the delta to every subscriber.
     *
     * @param change a change event, possibly a repeat or older than what is known (then nothing happens)
     */
    public synchronized void accept(Change change) {
        Optional<Activity> activity = network.apply(change);
        if (activity.isEmpty()) {
            return;
        }
        sequence++;
        Summary next = network.summary(position(), today());
        StreamItem item = new StreamItem(position(), "delta", Delta.between(last, next, activity.get()));
        last = next;
        recentDeltas.addLast(item);
        if (recentDeltas.size() > config.replayedDeltas()) {
            recentDeltas.removeFirst();
        }
        subscribers.removeIf(subscriber -> !subscriber.test(item));
    }

    /**
     * Applies a poll's changes in their order, holding the lock once for all of them.
     *
     * @param changes the changes read from the records
     * @param skipped how many records were not change events of the suite (shown with the next summary)
     */
    public synchronized void acceptAll(List<Change> changes, int skipped) {
        for (int i = 0; i < skipped; i++) {
            network.skip();
        }
        changes.forEach(this::accept);
    }

    /** @return the aggregates now */
    public synchronized Summary summary() {
        return network.summary(position(), today());
    }

    /**
     * Subscribes to the stream. The subscriber first gets what brings it up to date: the deltas after
     * {@code lastEventId} when they are still kept, nothing when it is current, else a snapshot; then
     * every later delta.
     *
     * @param lastEventId the last position the client saw (its {@code Last-Event-ID}), or null for a new client
     * @param subscriber  takes each item; returns false once the client is gone, which unsubscribes it
     */
    public synchronized void subscribe(String lastEventId, Predicate<StreamItem> subscriber) {
        for (StreamItem item : catchUp(lastEventId)) {
            if (!subscriber.test(item)) {
                return;
            }
        }
        subscribers.add(subscriber);
    }

    private List<StreamItem> catchUp(String lastEventId) {
        long seen = seenSequence(lastEventId);
        if (seen == sequence) {
            return List.of();
        }
        if (seen >= 0
                && seen < sequence
                && !recentDeltas.isEmpty()
                && sequenceOf(recentDeltas.getFirst()) <= seen + 1) {
            return recentDeltas.stream().filter(item -> sequenceOf(item) > seen).toList();
        }
        return List.of(new StreamItem(position(), "snapshot", network.summary(position(), today())));
    }

    /** @return the sequence number in a position of this instance, or -1 for null, garbage or another instance */
    private long seenSequence(String position) {
        if (position == null || !position.startsWith(instance + ".")) {
            return -1;
        }
        try {
            return Long.parseLong(position.substring(instance.length() + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private long sequenceOf(StreamItem item) {
        return seenSequence(item.id());
    }

    private String position() {
        return instance + "." + sequence;
    }

    private LocalDate today() {
        return LocalDate.now(config.timeZone());
    }
}

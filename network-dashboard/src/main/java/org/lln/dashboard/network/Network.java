package org.lln.dashboard.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lln.dashboard.representation.Activity;
import org.lln.dashboard.representation.ServiceLinks;
import org.lln.dashboard.representation.Summary;

/**
 * What the dashboard knows of the network: the latest version of every resource, learnt from change
 * events idempotently and in any order (DESIGN.md, Change events): a resource is only replaced by a higher
 * version, so a repeated event (the same version again) changes nothing; a deletion leaves a tombstone with
 * its version, so an older event arriving late cannot bring the resource back. It keeps each resource's
 * {@link Contribution} to the figures rather than its data, and updates the {@link Aggregates} by taking
 * out the old contribution and adding the new one, so a change costs the same whatever the network's size.
 *
 * <p>Memory grows with the resources, not with the events: per resource a key, its version, its label and
 * for partners a contribution shared by all those of the same type and country: about 200 bytes a
 * partner; the event ids are not kept, since the version already tells a repeat.
 * Not thread-safe.
 */
public final class Network {

    private static final Comparator<Activity> NEWEST_FIRST =
            Comparator.comparing(Activity::time).reversed();

    /** The resource type name is one of the contract's constants; the id is kept as a UUID, half a string's size. */
    private record Key(String resource, UUID id) {}

    /** A resource's last known version; {@code contribution} is null once it is deleted. */
    private record Known(long version, String label, Contribution contribution) {}

    private final Map<Key, Known> resources = new HashMap<>();
    /**
     * One instance per distinct partner contribution: a type and a country, both checked against the contract's
     * schema, so at most a few thousand, however many partners.
     */
    private final Map<Contribution, Contribution> shared = new HashMap<>();

    private final Aggregates aggregates = new Aggregates();
    private final List<Activity> latest = new ArrayList<>();
    private final ServiceLinks links;
    private final int latestSize;
    private List<Activity> latestCopy = List.of();
    private long applied;
    private long skipped;

    /**
     * @param links      the owning services' base URLs, for the activity's links
     * @param latestSize how many latest changes to keep
     */
    public Network(ServiceLinks links, int latestSize) {
        this.links = links;
        this.latestSize = latestSize;
    }

    /**
     * @param change a change event
     * @return the activity it adds to the feed, or empty when it was a repeat or older than what is known
     */
    public Optional<Activity> apply(Change change) {
        Key key = new Key(change.resource(), UUID.fromString(change.id()));
        Known before = resources.get(key);
        if (before != null && before.version() >= change.version()) {
            return Optional.empty();
        }
        String label = change.deleted() ? (before == null ? change.id() : before.label()) : label(change);
        Contribution contribution =
                change.deleted() ? null : shared(Contribution.of(change.resource(), change.data(), links));
        if (before != null && before.contribution() != null) {
            aggregates.remove(before.contribution());
        }
        if (contribution != null) {
            aggregates.add(contribution);
        }
        resources.put(key, new Known(change.version(), label, contribution));
        Activity activity = new Activity(
                change.eventId(),
                change.time(),
                change.resource(),
                change.action(),
                change.id(),
                label,
                change.version(),
                links.resourceUrl(change.resource(), change.id()),
                links.swaggerUi(change.resource()));
        remember(activity);
        applied++;
        return Optional.of(activity);
    }

    private Contribution shared(Contribution contribution) {
        return "partner".equals(contribution.resource()) ? shared.computeIfAbsent(contribution, c -> c) : contribution;
    }

    /** Keeps {@code activity} among the latest when it is newer than the oldest kept (a late old change is not). */
    private void remember(Activity activity) {
        if (latest.size() >= latestSize && NEWEST_FIRST.compare(activity, latest.get(latest.size() - 1)) >= 0) {
            return;
        }
        int at = 0;
        while (at < latest.size() && NEWEST_FIRST.compare(latest.get(at), activity) <= 0) {
            at++;
        }
        latest.add(at, activity);
        if (latest.size() > latestSize) {
            latest.remove(latest.size() - 1);
        }
        latestCopy = List.copyOf(latest);
    }

    /** Counts a record that was not a change event of the suite. */
    public void skip() {
        skipped++;
    }

    /**
     * Costs O(k) in the distinct keys of the figures that changed since the last call, not O(network).
     *
     * @param position the stream position to stamp on it
     * @param today    the current date in the network's time zone, for overdue action items
     * @return the aggregates of what exists now
     */
    public Summary summary(String position, LocalDate today) {
        return new Summary(
                position,
                Instant.now(),
                aggregates.counters(today),
                aggregates.partners(),
                aggregates.events(),
                aggregates.areas(),
                aggregates.overdue(today),
                latestCopy,
                new Summary.Consumption(applied, skipped),
                links);
    }

    private static String label(Change change) {
        String name = Contribution.text(change.data(), "partner".equals(change.resource()) ? "name" : "title");
        return name != null
                ? name
                : Optional.ofNullable(Contribution.text(change.data(), "code")).orElse(change.id());
    }
}

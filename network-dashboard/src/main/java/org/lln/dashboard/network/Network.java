package org.lln.dashboard.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.lln.dashboard.api.Activity;
import org.lln.dashboard.api.ServiceLinks;
import org.lln.dashboard.api.Summary;

/**
 * What the dashboard knows of the network: the latest version of every resource, learnt from change
 * events idempotently and in any order (DESIGN.md, Change events): a CloudEvent id seen before changes
 * nothing, and a resource is only replaced by a higher version; a deletion leaves a tombstone with its
 * version, so an older event arriving late cannot bring the resource back. Not thread-safe.
 */
public final class Network {

    private static final List<String> PIPELINE = List.of("IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "COMPLETED",
            "DISCONTINUED");
    private static final Set<String> PENDING = Set.of("OPEN", "IN_PROGRESS");
    private static final Comparator<Activity> NEWEST_FIRST = Comparator.comparing(Activity::time).reversed();

    private record Key(String resource, String id) {
    }

    private record Known(long version, boolean deleted, String label, JsonNode data) {
    }

    private final Set<String> seenEvents = new HashSet<>();
    private final Map<Key, Known> resources = new HashMap<>();
    private final List<Activity> latest = new ArrayList<>();
    private final ServiceLinks links;
    private final int latestSize;
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
        if (!seenEvents.add(change.eventId())) {
            return Optional.empty();
        }
        Key key = new Key(change.resource(), change.id());
        Known before = resources.get(key);
        if (before != null && before.version() >= change.version()) {
            return Optional.empty();
        }
        String label = change.deleted() ? (before == null ? change.id() : before.label()) : label(change);
        resources.put(key, new Known(change.version(), change.deleted(), label, change.deleted() ? null : change.data()));
        Activity activity = new Activity(change.eventId(), change.time(), change.resource(), change.action(), change.id(),
                label, change.version(), links.resourceUrl(change.resource(), change.id()),
                links.swaggerUi(change.resource()));
        latest.add(activity);
        latest.sort(NEWEST_FIRST);
        if (latest.size() > latestSize) {
            latest.remove(latest.size() - 1);
        }
        applied++;
        return Optional.of(activity);
    }

    /** Counts a record that was not a change event of the suite. */
    public void skip() {
        skipped++;
    }

    /**
     * @param position the stream position to stamp on it
     * @param today    the current date in the network's time zone, for overdue action items
     * @return the aggregates of what exists now
     */
    public Summary summary(String position, LocalDate today) {
        List<JsonNode> partners = current("partner").toList();
        List<JsonNode> events = current("event").toList();
        List<JsonNode> areas = current("collaboration-area").toList();
        List<Summary.OverdueAction> overdue = overdue(areas, today);
        long attendees = events.stream().mapToLong(e -> e.path("attendeeCount").asLong(0)).sum();
        return new Summary(position, Instant.now(),
                new Summary.Counters(partners.size(), events.size(), current("event-series").count(), areas.size(),
                        attendees, overdue.size()),
                new Summary.PartnerFigures(countBy(partners, p -> text(p, "type")),
                        countBy(partners, p -> Optional.ofNullable(text(p, "countryCode")).orElse("unspecified"))),
                new Summary.EventFigures(perMonth(events), countBy(events, e -> text(e, "type")), attendees),
                new Summary.AreaFigures(pipeline(areas), countBy(areas, a -> text(a, "theme"))),
                overdue, List.copyOf(latest), new Summary.Consumption(applied, skipped),
                links);
    }

    private Stream<JsonNode> current(String resource) {
        return resources.entrySet().stream()
                .filter(e -> e.getKey().resource().equals(resource) && !e.getValue().deleted())
                .map(e -> e.getValue().data());
    }

    private static List<Summary.Month> perMonth(List<JsonNode> events) {
        Map<String, long[]> months = new TreeMap<>();
        for (JsonNode event : events) {
            String start = text(event, "startDate");
            if (start != null && start.length() >= 7) {
                long[] figures = months.computeIfAbsent(start.substring(0, 7), m -> new long[2]);
                figures[0]++;
                figures[1] += event.path("attendeeCount").asLong(0);
            }
        }
        return months.entrySet().stream().map(m -> new Summary.Month(m.getKey(), m.getValue()[0], m.getValue()[1])).toList();
    }

    private static Map<String, Long> pipeline(List<JsonNode> areas) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        PIPELINE.forEach(status -> byStatus.put(status, 0L));
        areas.forEach(area -> byStatus.merge(Optional.ofNullable(text(area, "status")).orElse("UNKNOWN"), 1L, Long::sum));
        return byStatus;
    }

    private List<Summary.OverdueAction> overdue(List<JsonNode> areas, LocalDate today) {
        List<Summary.OverdueAction> overdue = new ArrayList<>();
        for (JsonNode area : areas) {
            for (JsonNode action : area.path("actions")) {
                LocalDate due = date(text(action, "dueDate"));
                if (due != null && due.isBefore(today) && PENDING.contains(text(action, "status"))) {
                    overdue.add(new Summary.OverdueAction(text(area, "id"), text(area, "title"), text(action, "id"),
                            text(action, "title"), due, text(action, "status"), links.resourceUrl("collaboration-area",
                                    text(area, "id"))));
                }
            }
        }
        overdue.sort(Comparator.comparing(Summary.OverdueAction::dueDate).thenComparing(Summary.OverdueAction::actionId,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return overdue;
    }

    private static Map<String, Long> countBy(List<JsonNode> items, Function<JsonNode, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        items.forEach(item -> counts.merge(Optional.ofNullable(key.apply(item)).orElse("UNKNOWN"), 1L, Long::sum));
        return counts;
    }

    private static String label(Change change) {
        String name = text(change.data(), "partner".equals(change.resource()) ? "name" : "title");
        return name != null ? name : Optional.ofNullable(text(change.data(), "code")).orElse(change.id());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.lln.dashboard.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lln.contract.AreaStatus;
import org.lln.dashboard.representation.Summary;

/**
 * The summary's figures, kept up to date one {@link Contribution} at a time: adding or removing a resource
 * costs O(log k) in the number k of distinct keys (types, countries, months, themes, pending actions),
 * never a pass over the network, so rebuilding from the topics is linear in the records. Each
 * part is rebuilt only after it changed and is otherwise the same instance, so comparing two summaries
 * part by part is cheap. Not thread-safe.
 */
final class Aggregates {

    /** The contract's area states in pipeline order (their declaration order). */
    private static final List<String> PIPELINE =
            Arrays.stream(AreaStatus.values()).map(Enum::name).toList();
    /** The order of the overdue list: due date, then action id; the other fields only tell duplicates apart. */
    private static final Comparator<Summary.OverdueAction> OVERDUE_ORDER = Comparator.comparing(
                    Summary.OverdueAction::dueDate)
            .thenComparing(Summary.OverdueAction::actionId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summary.OverdueAction::areaId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summary.OverdueAction::title, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summary.OverdueAction::status, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summary.OverdueAction::areaTitle, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summary.OverdueAction::href, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Long> partnersByType = new TreeMap<>();
    private final Map<String, Long> partnersByCountry = new TreeMap<>();
    private final Map<String, Long> eventsByType = new TreeMap<>();
    private final Map<String, Long> eventsPerMonth = new TreeMap<>();
    private final Map<String, Long> attendeesPerMonth = new TreeMap<>();
    private final Map<String, Long> areasByStatus = new TreeMap<>();
    private final Map<String, Long> areasByTheme = new TreeMap<>();
    private final TreeMap<Summary.OverdueAction, Long> pending = new TreeMap<>(OVERDUE_ORDER);
    private long attendees;

    private Summary.PartnerFigures partnerFigures;
    private Summary.EventFigures eventFigures;
    private Summary.AreaFigures areaFigures;
    private List<Summary.OverdueAction> overdue;
    private LocalDate overdueOn;

    /** @param contribution of a resource that now exists */
    void add(Contribution contribution) {
        apply(contribution, 1);
    }

    /** @param contribution previously {@linkplain #add added}, of a resource replaced or deleted */
    void remove(Contribution contribution) {
        apply(contribution, -1);
    }

    private void apply(Contribution c, long sign) {
        count(counts, c.resource(), sign);
        switch (c.resource()) {
            case "partner" -> {
                count(partnersByType, c.type(), sign);
                count(partnersByCountry, c.country(), sign);
                partnerFigures = null;
            }
            case "event" -> {
                count(eventsByType, c.type(), sign);
                if (c.month() != null) {
                    count(eventsPerMonth, c.month(), sign);
                    count(attendeesPerMonth, c.month(), sign * c.attendees());
                }
                attendees += sign * c.attendees();
                eventFigures = null;
            }
            case "collaboration-area" -> {
                count(areasByStatus, c.status(), sign);
                count(areasByTheme, c.theme(), sign);
                c.pending().forEach(action -> count(pending, action, sign));
                areaFigures = null;
                overdue = c.pending().isEmpty() ? overdue : null;
            }
            default -> {
                // event series are only counted
            }
        }
    }

    /**
     * Adds {@code delta} to the count of {@code key}, dropping the key at zero (a figure lists only what exists).
     * The per-month attendee sums use it too; their key is dropped with the month's last event.
     */
    private static <K> void count(Map<K, Long> counts, K key, long delta) {
        counts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** @param today the network's date; @return the headline numbers */
    Summary.Counters counters(LocalDate today) {
        return new Summary.Counters(
                count("partner"),
                count("event"),
                count("event-series"),
                count("collaboration-area"),
                attendees,
                overdue(today).size());
    }

    private long count(String resource) {
        return counts.getOrDefault(resource, 0L);
    }

    /** @return partners by type and by country */
    Summary.PartnerFigures partners() {
        if (partnerFigures == null) {
            partnerFigures = new Summary.PartnerFigures(copy(partnersByType), copy(partnersByCountry));
        }
        return partnerFigures;
    }

    /** @return events per month and by type, with attendees */
    Summary.EventFigures events() {
        if (eventFigures == null) {
            List<Summary.Month> months = eventsPerMonth.entrySet().stream()
                    .map(m ->
                            new Summary.Month(m.getKey(), m.getValue(), attendeesPerMonth.getOrDefault(m.getKey(), 0L)))
                    .toList();
            eventFigures = new Summary.EventFigures(months, copy(eventsByType), attendees);
        }
        return eventFigures;
    }

    /** @return the status pipeline (every status of the pipeline in order, then any other) and the themes */
    Summary.AreaFigures areas() {
        if (areaFigures == null) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            PIPELINE.forEach(status -> byStatus.put(status, areasByStatus.getOrDefault(status, 0L)));
            byStatus.putAll(areasByStatus);
            areaFigures = new Summary.AreaFigures(Collections.unmodifiableMap(byStatus), copy(areasByTheme));
        }
        return areaFigures;
    }

    /** @param today the network's date; @return pending action items due before it, oldest first */
    List<Summary.OverdueAction> overdue(LocalDate today) {
        if (overdue == null || !today.equals(overdueOn)) {
            List<Summary.OverdueAction> due = new ArrayList<>();
            for (Map.Entry<Summary.OverdueAction, Long> action : pending.entrySet()) {
                if (!action.getKey().dueDate().isBefore(today)) {
                    break;
                }
                for (long i = 0; i < action.getValue(); i++) {
                    due.add(action.getKey());
                }
            }
            overdue = List.copyOf(due);
            overdueOn = today;
        }
        return overdue;
    }

    private static Map<String, Long> copy(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}

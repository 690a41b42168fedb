package org.lln.dashboard.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.lln.dashboard.representation.ServiceLinks;
import org.lln.dashboard.representation.Summary;

/**
 * The incrementally kept figures equal the figures computed from scratch over the resources that exist,
 * whatever the order, repeats and deletions of the changes. Plain JUnit: no Quarkus, no broker.
 */
class NetworkAggregatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ServiceLinks LINKS = new ServiceLinks("http://p", "http://e", "http://c");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    private static final String[] TYPES = {"NGO", "UN_AGENCY", "COMMUNITY_LEARNING_CENTRE"};
    private static final String[] COUNTRIES = {"KH", "LA", "VN", null};
    private static final String[] STATUSES = {"IDENTIFIED", "AGREED", "ACTIVE", "ODD", null};
    private static final String[] DATES = {"2026-01-31", "2026-06-14", "2026-06-15", "2027-01-01", "not a date"};

    @Test
    void randomChangesGiveTheSameFiguresAsARecount() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Network network = new Network(LINKS, 5);
            Map<String, Change> current = new HashMap<>();
            List<Change> sent = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Change change = random.nextInt(10) == 0 && !sent.isEmpty()
                        ? sent.get(random.nextInt(sent.size()))
                        : randomChange(random);
                sent.add(change);
                if (network.apply(change).isPresent()) {
                    current.put(change.resource() + "/" + change.id(), change);
                }
                assertThat(withoutTime(network.summary("p", TODAY)))
                        .as("seed %d, change %d", seed, i)
                        .isEqualTo(withoutTime(recount(current.values(), TODAY)));
            }
        }
    }

    @Test
    void movingAPartnerMovesItsCountAndTheLastOneLeavesNoKey() {
        Network network = new Network(LINKS, 5);
        String id = UUID.randomUUID().toString();
        network.apply(change("partner", "created", id, 1, partner(id, "NGO", "KH")));
        network.apply(change("partner", "updated", id, 2, partner(id, "NGO", "LA")));
        assertThat(network.summary("p", TODAY).partners().byCountry()).containsExactly(Map.entry("LA", 1L));
        network.apply(change("partner", "deleted", id, 3, null));
        Summary summary = network.summary("p", TODAY);
        assertThat(summary.partners().byCountry()).isEmpty();
        assertThat(summary.counters().partners()).isZero();
    }

    @Test
    void anActionBecomesOverdueTheDayAfterItsDueDate() {
        Network network = new Network(LINKS, 5);
        String id = UUID.randomUUID().toString();
        network.apply(change("collaboration-area", "created", id, 1, area(id, "ACTIVE", "2026-06-15", "OPEN")));
        assertThat(network.summary("p", TODAY).overdueActions()).isEmpty();
        Summary tomorrow = network.summary("p", TODAY.plusDays(1));
        assertThat(tomorrow.overdueActions())
                .extracting(Summary.OverdueAction::dueDate)
                .containsExactly(LocalDate.parse("2026-06-15"));
        assertThat(tomorrow.counters().overdueActions()).isEqualTo(1);
    }

    @Test
    void theStatusPipelineListsEveryStatusInOrderThenOthers() {
        Network network = new Network(LINKS, 5);
        String id = UUID.randomUUID().toString();
        network.apply(change("collaboration-area", "created", id, 1, area(id, "ODD", null, null)));
        assertThat(network.summary("p", TODAY).collaborationAreas().byStatus())
                .containsExactly(
                        Map.entry("IDENTIFIED", 0L),
                        Map.entry("PROPOSED", 0L),
                        Map.entry("AGREED", 0L),
                        Map.entry("ACTIVE", 0L),
                        Map.entry("COMPLETED", 0L),
                        Map.entry("DISCONTINUED", 0L),
                        Map.entry("ODD", 1L));
    }

    @Test
    void anUnchangedPartOfTheSummaryIsTheSameInstance() {
        Network network = new Network(LINKS, 5);
        String id = UUID.randomUUID().toString();
        network.apply(change("partner", "created", id, 1, partner(id, "NGO", "KH")));
        Summary before = network.summary("p", TODAY);
        String event = UUID.randomUUID().toString();
        network.apply(change("event", "created", event, 1, event(event, "WORKSHOP", "2026-05-06", 116)));
        Summary after = network.summary("p", TODAY);
        assertThat(after.partners()).isSameAs(before.partners());
        assertThat(after.events()).isNotEqualTo(before.events());
    }

    private static Change randomChange(Random random) {
        String resource = List.of("partner", "event", "event-series", "collaboration-area")
                .get(random.nextInt(4));
        String id = "00000000-0000-0000-0000-00000000000" + random.nextInt(6);
        long version = random.nextInt(6);
        if (random.nextInt(6) == 0) {
            return change(resource, "deleted", id, version, null);
        }
        JsonNode data = switch (resource) {
            case "partner" -> partner(id, pick(random, TYPES), pick(random, COUNTRIES));
            case "event" ->
                event(id, pick(random, TYPES), pick(random, DATES), random.nextBoolean() ? null : random.nextInt(50));
            case "collaboration-area" ->
                area(
                        id,
                        pick(random, STATUSES),
                        pick(random, DATES),
                        List.of("OPEN", "IN_PROGRESS", "DONE").get(random.nextInt(3)));
            default -> JSON.createObjectNode().put("id", id).put("title", "Series");
        };
        return change(resource, random.nextBoolean() ? "created" : "updated", id, version, data);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Change change(String resource, String action, String id, long version, JsonNode data) {
        JsonNode body =
                data != null ? data : JSON.createObjectNode().put("id", id).put("version", version);
        return new Change(UUID.randomUUID().toString(), resource, action, id, version, Instant.now(), body);
    }

    private static ObjectNode partner(String id, String type, String country) {
        return JSON.createObjectNode()
                .put("id", id)
                .put("name", "Partner " + id)
                .put("type", type)
                .put("countryCode", country);
    }

    private static ObjectNode event(String id, String type, String startDate, Integer attendees) {
        return JSON.createObjectNode()
                .put("id", id)
                .put("title", "Event")
                .put("type", type)
                .put("startDate", startDate)
                .put("attendeeCount", attendees);
    }

    private static ObjectNode area(String id, String status, String due, String actionStatus) {
        ObjectNode area = JSON.createObjectNode()
                .put("id", id)
                .put("title", "Area")
                .put("status", status)
                .put("theme", "TVET");
        area.putArray("actions")
                .addObject()
                .put("id", "a-" + id)
                .put("title", "Act")
                .put("dueDate", due)
                .put("status", actionStatus);
        return area;
    }

    private static Summary withoutTime(Summary summary) {
        return new Summary(
                summary.position(),
                Instant.EPOCH,
                summary.counters(),
                summary.partners(),
                summary.events(),
                summary.collaborationAreas(),
                summary.overdueActions(),
                List.of(),
                null,
                summary.services());
    }

    /** The figures as the dashboard computed them before they were kept incrementally: a pass over every existing resource. */
    private static Summary recount(Iterable<Change> latest, LocalDate today) {
        Map<String, List<JsonNode>> live = new HashMap<>();
        latest.forEach(c -> {
            if (!c.deleted()) {
                live.computeIfAbsent(c.resource(), r -> new ArrayList<>()).add(c.data());
            }
        });
        List<JsonNode> partners = live.getOrDefault("partner", List.of());
        List<JsonNode> events = live.getOrDefault("event", List.of());
        List<JsonNode> areas = live.getOrDefault("collaboration-area", List.of());
        long attendees = events.stream()
                .mapToLong(e -> e.path("attendeeCount").asLong(0))
                .sum();
        Map<String, long[]> months = new TreeMap<>();
        for (JsonNode event : events) {
            String start = Contribution.text(event, "startDate");
            if (start != null && start.length() >= 7) {
                long[] figures = months.computeIfAbsent(start.substring(0, 7), m -> new long[2]);
                figures[0]++;
                figures[1] += event.path("attendeeCount").asLong(0);
            }
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        List.of("IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "COMPLETED", "DISCONTINUED")
                .forEach(s -> byStatus.put(s, 0L));
        new TreeMap<>(countBy(areas, a -> Contribution.text(a, "status")))
                .forEach((k, v) -> byStatus.merge(k, v, Long::sum));
        List<Summary.OverdueAction> overdue = new ArrayList<>();
        for (JsonNode area : areas) {
            Contribution.of("collaboration-area", area, LINKS).pending().stream()
                    .filter(a -> a.dueDate().isBefore(today))
                    .forEach(overdue::add);
        }
        overdue.sort(Comparator.comparing(Summary.OverdueAction::dueDate)
                .thenComparing(Summary.OverdueAction::actionId)
                .thenComparing(Summary.OverdueAction::areaId));
        return new Summary(
                "p",
                Instant.EPOCH,
                new Summary.Counters(
                        partners.size(),
                        events.size(),
                        live.getOrDefault("event-series", List.of()).size(),
                        areas.size(),
                        attendees,
                        overdue.size()),
                new Summary.PartnerFigures(
                        countBy(partners, p -> Contribution.text(p, "type")),
                        countBy(
                                partners,
                                p -> Optional.ofNullable(Contribution.text(p, "countryCode"))
                                        .orElse("unspecified"))),
                new Summary.EventFigures(
                        months.entrySet().stream()
                                .map(m -> new Summary.Month(m.getKey(), m.getValue()[0], m.getValue()[1]))
                                .toList(),
                        countBy(events, e -> Contribution.text(e, "type")),
                        attendees),
                new Summary.AreaFigures(byStatus, countBy(areas, a -> Contribution.text(a, "theme"))),
                overdue,
                List.of(),
                null,
                LINKS);
    }

    private static Map<String, Long> countBy(List<JsonNode> items, Function<JsonNode, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        items.forEach(item -> counts.merge(Optional.ofNullable(key.apply(item)).orElse("UNKNOWN"), 1L, Long::sum));
        return counts;
    }
}

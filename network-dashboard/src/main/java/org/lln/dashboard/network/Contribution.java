package org.lln.dashboard.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lln.contract.ActionStatus;
import org.lln.dashboard.representation.ServiceLinks;
import org.lln.dashboard.representation.Summary;

/**
 * What one existing resource adds to the summary's figures, read once from its data so the data itself
 * need not be kept. Fields that do not apply to the resource are null (or 0, or empty).
 *
 * @param resource  {@code partner}, {@code event}, {@code event-series} or {@code collaboration-area}
 * @param type      partner or event type ({@code UNKNOWN} when absent)
 * @param country   partner country code ({@code unspecified} when absent)
 * @param month     {@code YYYY-MM} of an event's start date, or null without one
 * @param attendees an event's {@code attendeeCount} (0 when unknown)
 * @param status    an area's status ({@code UNKNOWN} when absent)
 * @param theme     an area's theme ({@code UNKNOWN} when absent)
 * @param pending   an area's OPEN or IN_PROGRESS action items with a due date, whether overdue yet or not
 */
record Contribution(
        String resource,
        String type,
        String country,
        String month,
        long attendees,
        String status,
        String theme,
        List<Summary.OverdueAction> pending) {

    /** The contract's pending action states, by the names the records carry. */
    private static final Set<String> PENDING =
            ActionStatus.PENDING.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private static final String UNKNOWN = "UNKNOWN";

    /**
     * @param resource the resource type name
     * @param data     the resource as {@code GET} returns it
     * @param links    the owning services' base URLs, for an overdue action's link
     * @return its contribution
     */
    static Contribution of(String resource, JsonNode data, ServiceLinks links) {
        return switch (resource) {
            case "partner" ->
                new Contribution(
                        resource,
                        orUnknown(text(data, "type")),
                        Optional.ofNullable(text(data, "countryCode")).orElse("unspecified"),
                        null,
                        0,
                        null,
                        null,
                        List.of());
            case "event" ->
                new Contribution(
                        resource,
                        orUnknown(text(data, "type")),
                        null,
                        month(text(data, "startDate")),
                        data.path("attendeeCount").asLong(0),
                        null,
                        null,
                        List.of());
            case "collaboration-area" ->
                new Contribution(
                        resource,
                        null,
                        null,
                        null,
                        0,
                        orUnknown(text(data, "status")),
                        orUnknown(text(data, "theme")),
                        pending(data, links));
            default -> new Contribution(resource, null, null, null, 0, null, null, List.of());
        };
    }

    private static List<Summary.OverdueAction> pending(JsonNode area, ServiceLinks links) {
        List<Summary.OverdueAction> pending = new ArrayList<>();
        for (JsonNode action : area.path("actions")) {
            LocalDate due = date(text(action, "dueDate"));
            if (due != null && PENDING.contains(text(action, "status"))) {
                pending.add(new Summary.OverdueAction(
                        text(area, "id"),
                        text(area, "title"),
                        text(action, "id"),
                        text(action, "title"),
                        due,
                        text(action, "status"),
                        links.resourceUrl("collaboration-area", text(area, "id"))));
            }
        }
        return List.copyOf(pending);
    }

    private static String month(String startDate) {
        return startDate != null && startDate.length() >= 7 ? startDate.substring(0, 7) : null;
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }

    static String text(JsonNode node, String field) {
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

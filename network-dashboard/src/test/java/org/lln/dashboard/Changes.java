package org.lln.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lln.contract.ChangeType;
import org.lln.contract.ResourceType;
import org.lln.testsupport.TopicWriter;

/** Publishes change events to the real topics as the owning services do (the contract's encoder), with resources in their GET shape. */
final class Changes implements AutoCloseable {

    private static final String CREATED_AT = "2025-05-10T08:00:00Z";

    private final TopicWriter writer = new TopicWriter();

    /** Sends a CloudEvent with a new id; returns that id. */
    UUID send(String resource, String action, Map<String, Object> data) {
        UUID eventId = UUID.randomUUID();
        send(eventId, resource, action, data);
        return eventId;
    }

    /** Sends a CloudEvent with the given id (to repeat one), built by the contract's encoder. */
    void send(UUID eventId, String resource, String action, Map<String, Object> data) {
        writer.send(TopicWriter.change(
                eventId,
                ResourceType.fromTypeName(resource).orElseThrow(),
                ChangeType.valueOf(action.toUpperCase(Locale.ROOT)),
                data));
    }

    /** Sends any value as it is (a poison record). */
    void sendRaw(String topic, String value) {
        sendRaw(topic, UUID.randomUUID().toString(), value);
    }

    /** Sends any value as it is, with a given key (the same key keeps records in order). */
    void sendRaw(String topic, String key, String value) {
        writer.send(topic, key, value);
    }

    static Map<String, Object> partner(String id, long version, String name, String type, String countryCode) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("id", id);
        partner.put("code", "p-" + id.substring(0, 8));
        partner.put("name", name);
        partner.put("acronym", null);
        partner.put("names", List.of());
        partner.put("type", type);
        partner.put("parentId", null);
        partner.put("countryCode", countryCode);
        partner.put("subdivisionCode", null);
        partner.put("locality", null);
        partner.put("website", null);
        partner.put("identifiers", List.of());
        partner.put("status", "ACTIVE");
        partner.put("version", version);
        partner.put("createdAt", CREATED_AT);
        partner.put("updatedAt", CREATED_AT);
        return partner;
    }

    static Map<String, Object> event(
            String id, long version, String title, String type, String startDate, Integer attendees) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("code", "e-" + id.substring(0, 8));
        event.put("title", title);
        event.put("description", null);
        event.put("type", type);
        event.put("status", "COMPLETED");
        event.put("startDate", startDate);
        event.put("endDate", startDate);
        event.put("timeZone", "Asia/Phnom_Penh");
        event.put("attendanceMode", "IN_PERSON");
        event.put("location", null);
        event.put("organizerId", null);
        event.put("parentId", null);
        event.put("seriesId", null);
        event.put("participants", List.of());
        event.put("attendeeCount", attendees);
        event.put("sessions", List.of());
        event.put("topics", List.of());
        event.put("outcomes", null);
        event.put("version", version);
        event.put("createdAt", CREATED_AT);
        event.put("updatedAt", CREATED_AT);
        return event;
    }

    static Map<String, Object> area(
            String id, long version, String title, String theme, String status, List<Map<String, Object>> actions) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", id);
        area.put("code", "a-" + id.substring(0, 8));
        area.put("title", title);
        area.put("description", null);
        area.put("theme", theme);
        area.put("dimensions", List.of());
        area.put("status", status);
        area.put("partners", List.of());
        area.put("originEventIds", List.of());
        area.put("sdgTargets", List.of());
        area.put("actions", actions);
        area.put("version", version);
        area.put("createdAt", CREATED_AT);
        area.put("updatedAt", CREATED_AT);
        return area;
    }

    static Map<String, Object> action(String title, String dueDate, String status) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", UUID.randomUUID().toString());
        action.put("title", title);
        action.put("ownerPartnerId", null);
        action.put("dueDate", dueDate);
        action.put("status", status);
        action.put("overdue", false);
        action.put("version", 0);
        action.put("createdAt", CREATED_AT);
        action.put("updatedAt", CREATED_AT);
        return action;
    }

    static Map<String, Object> series(String id, long version, String code, String title) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("id", id);
        series.put("code", code);
        series.put("title", title);
        series.put("description", null);
        series.put("events", List.of());
        series.put("version", version);
        series.put("createdAt", CREATED_AT);
        series.put("updatedAt", CREATED_AT);
        return series;
    }

    static Map<String, Object> deleted(String id, long version) {
        return new LinkedHashMap<>(Map.of("id", id, "version", version));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void close() {
        writer.close();
    }
}

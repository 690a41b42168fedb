package org.lln.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lln.testsupport.TopicWriter;

/** Publishes change events to the real topics as the owning services do, with resources in their GET shape. */
final class Changes implements AutoCloseable {

    private final TopicWriter writer = new TopicWriter();

    /** Sends a CloudEvent with a new id; returns that id. */
    UUID send(String resource, String action, Map<String, Object> data) {
        UUID eventId = UUID.randomUUID();
        send(eventId, resource, action, data);
        return eventId;
    }

    /** Sends a CloudEvent with the given id (to repeat one). */
    void send(UUID eventId, String resource, String action, Map<String, Object> data) {
        String id = (String) data.get("id");
        writer.send(topic(resource), id, TopicWriter.cloudEvent(eventId, source(resource), "org.lln." + resource + "." + action,
                collection(resource) + "/" + id, data));
    }

    /** Sends any value as it is (a poison record). */
    void sendRaw(String topic, String value) {
        writer.send(topic, UUID.randomUUID().toString(), value);
    }

    static Map<String, Object> partner(String id, long version, String name, String type, String countryCode) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("id", id);
        partner.put("code", "p-" + id.substring(0, 8));
        partner.put("name", name);
        partner.put("type", type);
        partner.put("countryCode", countryCode);
        partner.put("status", "ACTIVE");
        partner.put("version", version);
        return partner;
    }

    static Map<String, Object> event(String id, long version, String title, String type, String startDate, Integer attendees) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("code", "e-" + id.substring(0, 8));
        event.put("title", title);
        event.put("type", type);
        event.put("status", "COMPLETED");
        event.put("startDate", startDate);
        event.put("endDate", startDate);
        event.put("timeZone", "Asia/Phnom_Penh");
        event.put("attendeeCount", attendees);
        event.put("version", version);
        return event;
    }

    static Map<String, Object> area(String id, long version, String title, String theme, String status,
            List<Map<String, Object>> actions) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", id);
        area.put("code", "a-" + id.substring(0, 8));
        area.put("title", title);
        area.put("theme", theme);
        area.put("status", status);
        area.put("partners", List.of());
        area.put("actions", actions);
        area.put("version", version);
        return area;
    }

    static Map<String, Object> action(String title, String dueDate, String status) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("id", UUID.randomUUID().toString());
        action.put("title", title);
        action.put("dueDate", dueDate);
        action.put("status", status);
        action.put("overdue", false);
        action.put("version", 0);
        return action;
    }

    static Map<String, Object> deleted(String id, long version) {
        return new LinkedHashMap<>(Map.of("id", id, "version", version));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String topic(String resource) {
        return switch (resource) {
            case "partner" -> "lln.partners";
            case "event", "event-series" -> "lln.events";
            default -> "lln.collaboration-areas";
        };
    }

    private static String source(String resource) {
        return switch (resource) {
            case "partner" -> "/partners-service";
            case "event", "event-series" -> "/events-service";
            default -> "/collaboration-service";
        };
    }

    private static String collection(String resource) {
        return switch (resource) {
            case "partner" -> "partners";
            case "event" -> "events";
            case "event-series" -> "event-series";
            default -> "collaboration-areas";
        };
    }

    @Override
    public void close() {
        writer.close();
    }
}

package org.lln.collaboration;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.platform.readmodel.ReadModelStore;
import org.lln.testsupport.TopicWriter;

/**
 * Plays partners-service and events-service for the tests: publishes their CloudEvents to
 * {@code lln.partners} and {@code lln.events} and waits until this service's read model shows them.
 */
@ApplicationScoped
public class Peers {

    @Inject
    ReadModelStore store;

    private TopicWriter writer;

    /** @return the id of a new ACTIVE partner, already in the read model */
    public UUID activePartner() {
        return partnerWithStatus("ACTIVE");
    }

    /** @return the id of a new ARCHIVED partner, already in the read model */
    public UUID archivedPartner() {
        return partnerWithStatus("ARCHIVED");
    }

    /** @return the id of a new event, already in the read model */
    public UUID event() {
        UUID id = UUID.randomUUID();
        send(UUID.randomUUID(), ResourceType.EVENT, ChangeType.CREATED, event(id, 0));
        awaitCurrent("event", id, Optional::isPresent);
        return id;
    }

    /** Publishes the deletion of a partner and waits until the read model forgets it. */
    public void deletePartner(UUID id, long version) {
        send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.DELETED, new Deleted(id, version));
        awaitCurrent("partner", id, Optional::isEmpty);
    }

    /** @return partner data as partners-service's {@code GET /partners/{id}} returns it */
    public static Map<String, Object> partner(UUID id, long version, String status) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("code", "partner-" + id.toString().substring(0, 8));
        data.put("name", "Department of Digital Transformation");
        data.put("acronym", "DDT");
        data.put("names", List.of());
        data.put("type", "GOVERNMENT_DEPARTMENT");
        data.put("parentId", null);
        data.put("countryCode", "KH");
        data.put("subdivisionCode", null);
        data.put("locality", null);
        data.put("website", null);
        data.put("identifiers", List.of());
        data.put("status", status);
        data.put("version", version);
        data.put("createdAt", "2025-05-01T08:00:00Z");
        data.put("updatedAt", "2025-05-01T08:00:00Z");
        return data;
    }

    /** @return event data as events-service's {@code GET /events/{id}} returns it */
    public static Map<String, Object> event(UUID id, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("code", "meeting-" + id.toString().substring(0, 8));
        data.put("title", "Meeting with SEAMEO TED");
        data.put("type", "MEETING");
        data.put("status", "COMPLETED");
        data.put("description", null);
        data.put("startDate", "2025-05-09");
        data.put("endDate", "2025-05-09");
        data.put("timeZone", "Asia/Phnom_Penh");
        data.put("attendanceMode", "IN_PERSON");
        data.put("location", null);
        data.put("organizerId", null);
        data.put("parentId", null);
        data.put("seriesId", null);
        data.put("participants", List.of());
        data.put("attendeeCount", null);
        data.put("sessions", List.of());
        data.put("topics", List.of());
        data.put("outcomes", null);
        data.put("version", version);
        data.put("createdAt", "2025-05-09T08:00:00Z");
        data.put("updatedAt", "2025-05-09T08:00:00Z");
        return data;
    }

    /**
     * Publishes one change event as its owning service would (the contract's encoder: topic, source,
     * type and subject from the resource type), keyed by the resource id in {@code data}.
     */
    public void send(UUID eventId, ResourceType resource, ChangeType change, Object data) {
        writer().send(TopicWriter.change(eventId, resource, change, data));
    }

    /** Waits up to 20 s until the read model row of a resource satisfies {@code condition}. */
    public void awaitCurrent(String resource, UUID id, Predicate<Optional<JsonNode>> condition) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> condition.test(current(resource, id)));
    }

    /** @return the read model's view of a resource, empty when unknown or deleted */
    @ActivateRequestContext
    public Optional<JsonNode> current(String resource, UUID id) {
        return store.current(resource, id);
    }

    private UUID partnerWithStatus(String status) {
        UUID id = UUID.randomUUID();
        send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.CREATED, partner(id, 0, status));
        awaitCurrent("partner", id, Optional::isPresent);
        return id;
    }

    private synchronized TopicWriter writer() {
        if (writer == null) {
            writer = new TopicWriter();
        }
        return writer;
    }

    void close(@Observes ShutdownEvent event) {
        if (writer != null) {
            writer.close();
        }
    }
}

package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.platform.readmodel.ReadModelStore;
import org.lln.testsupport.TopicWriter;

/** Request bodies, partner events as partners-service publishes them, and shortcuts shared by the tests. */
final class EventFixtures {

    static final String PARTNERS = "lln.partners";

    private static TopicWriter writer;

    private EventFixtures() {}

    /** @return a unique code with the given prefix, so tests never collide */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return a writer publishing to the test broker like a peer service */
    static synchronized TopicWriter writer() {
        if (writer == null) {
            writer = new TopicWriter();
        }
        return writer;
    }

    /**
     * @return a partner exactly as partners-service's {@code GET /partners/{id}} returns it, which is the
     *         {@code data} of its CloudEvents
     */
    static Map<String, Object> partner(UUID id, String name, String status, long version) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("id", id.toString());
        partner.put("code", "p-" + id.toString().substring(0, 8));
        partner.put("name", name);
        partner.put("acronym", null);
        partner.put("names", List.of());
        partner.put("type", "GOVERNMENT_DEPARTMENT");
        partner.put("parentId", null);
        partner.put("countryCode", "KH");
        partner.put("subdivisionCode", null);
        partner.put("locality", null);
        partner.put("website", null);
        partner.put("identifiers", List.of());
        partner.put("status", status);
        partner.put("version", version);
        partner.put("createdAt", "2025-05-01T08:00:00Z");
        partner.put("updatedAt", Instant.now().toString());
        return partner;
    }

    /** Publishes one partner change on {@code lln.partners} as partners-service's outbox would. */
    static UUID publishPartner(UUID id, String name, String status, long version, String change) {
        UUID eventId = UUID.randomUUID();
        publishPartnerEvent(eventId, id, name, status, version, change);
        return eventId;
    }

    /** Publishes a partner change with a given CloudEvent id, to test redelivery. */
    static void publishPartnerEvent(UUID eventId, UUID id, String name, String status, long version, String change) {
        ChangeType type = ChangeType.valueOf(change.toUpperCase(Locale.ROOT));
        Object data = type == ChangeType.DELETED ? new Deleted(id, version) : partner(id, name, status, version);
        writer().send(TopicWriter.change(eventId, ResourceType.PARTNER, type, data));
    }

    /** Publishes a new ACTIVE partner and waits until this service's read model has it. */
    static UUID knownPartner(String name) {
        UUID id = UUID.randomUUID();
        publishPartner(id, name, "ACTIVE", 0, "created");
        awaitPartnerVersion(id, 0);
        return id;
    }

    /** Waits until the read model holds at least this version of the partner. */
    static void awaitPartnerVersion(UUID id, long version) {
        ReadModelStore store = Arc.container().instance(ReadModelStore.class).get();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> store.current("partner", id)
                                .map(p -> p.path("version").asLong() >= version)
                                .orElse(false)));
    }

    /** Waits until the read model no longer holds the partner (deleted). */
    static void awaitPartnerDeleted(UUID id) {
        ReadModelStore store = Arc.container().instance(ReadModelStore.class).get();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> store.current("partner", id).isEmpty()));
    }

    /** @return a minimal valid event body */
    static Map<String, Object> event(String code, String startDate, String endDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Workshop " + code);
        body.put("type", "WORKSHOP");
        body.put("startDate", startDate);
        body.put("endDate", endDate);
        body.put("timeZone", "Asia/Phnom_Penh");
        return body;
    }

    /**
     * The Kampot CLC workshop of the founding document: organised by DNFIE, INRULED invited experts,
     * a live presentation by Dr. Qi Xinjian and Ms. Wu Yunfei and a recorded one by Ms. Gu Yifan.
     */
    static Map<String, Object> kampot(String code, UUID dnfie, UUID inruled, UUID langxia) {
        Map<String, Object> body = event(code, "2025-05-06", "2025-05-09");
        body.put("title", "Capacity building workshop for Community Learning Centres");
        body.put("description", "Strengthening the management and operational capacities of rural CLCs.");
        body.put("status", "COMPLETED");
        body.put("attendanceMode", "IN_PERSON");
        body.put(
                "location", mapOf("venue", null, "locality", "Kampot", "subdivisionCode", "KH-7", "countryCode", "KH"));
        body.put("organizerId", dnfie.toString());
        body.put(
                "participants",
                List.of(
                        mapOf("partnerId", dnfie.toString(), "role", "ORGANIZER", "count", null),
                        mapOf("partnerId", inruled.toString(), "role", "INVITED_EXPERT", "count", 2),
                        mapOf("partnerId", langxia.toString(), "role", "PRESENTER", "count", 1)));
        body.put("attendeeCount", 116);
        body.put(
                "sessions",
                new ArrayList<>(List.of(
                        mapOf(
                                "title",
                                "Trends and Best Practices of CLCs in Rural China",
                                "startsAt",
                                "2025-05-06T09:00:00+07:00",
                                "deliveryMode",
                                "LIVE",
                                "speakers",
                                List.of(
                                        mapOf(
                                                "name",
                                                "Dr. Qi Xinjian",
                                                "role",
                                                "Assistant Director",
                                                "partnerId",
                                                inruled.toString()),
                                        mapOf(
                                                "name",
                                                "Ms. Wu Yunfei",
                                                "role",
                                                "Programme Coordinator",
                                                "partnerId",
                                                inruled.toString())),
                                "topics",
                                List.of("education-for-sustainable-rural-development")),
                        mapOf(
                                "title",
                                "School-based curriculum: The Life of Cotton",
                                "startsAt",
                                null,
                                "deliveryMode",
                                "RECORDED",
                                "speakers",
                                List.of(mapOf("name", "Ms. Gu Yifan", "role", null, "partnerId", langxia.toString())),
                                "topics",
                                List.of("esd", "cultural-heritage")))));
        body.put("topics", List.of("clc-capacity-building", "skills-development", "lifelong-learning"));
        body.put("outcomes", "INRULED's third invitation to support CLC capacity building in Cambodia.");
        return body;
    }

    /** Creates an event and returns its id. */
    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** @return a mutable map of alternating keys and values; values may be null */
    static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicWriter;

/**
 * A partner's engagements, learnt from the events and collaboration-area topics into this service's
 * read models. How the read models take duplicate, late and poison records is the platform's, checked
 * once by {@link org.lln.testsupport.ReadModelSemantics}.
 */
@QuarkusTest
@ActsAsAdmin
class EngagementsTest {

    private static Map<String, Object> event(
            String id, long version, String organizerId, String participantId, String title) {
        Map<String, Object> event = new HashMap<>(Map.of(
                "id",
                id,
                "version",
                version,
                "code",
                "ev-" + id.substring(0, 8),
                "title",
                title,
                "type",
                "WORKSHOP",
                "status",
                "COMPLETED",
                "startDate",
                "2025-05-06",
                "endDate",
                "2025-05-09",
                "timeZone",
                "Asia/Phnom_Penh",
                "organizerId",
                organizerId));
        event.put("participants", List.of(Map.of("partnerId", participantId, "role", "INVITED_EXPERT", "count", 2)));
        event.put(
                "sessions",
                List.of(Map.of(
                        "title",
                        "Trends and Best Practices of CLCs in Rural China",
                        "deliveryMode",
                        "LIVE",
                        "speakers",
                        List.of(Map.of("name", "Qi Xinjian", "partnerId", participantId)),
                        "topics",
                        List.of())));
        event.put("topics", List.of());
        event.put("createdAt", "2025-05-10T08:00:00Z");
        event.put("updatedAt", "2025-05-10T08:00:00Z");
        return event;
    }

    private static Map<String, Object> area(String id, long version, String partnerId, String status) {
        Map<String, Object> area = new HashMap<>(Map.of(
                "id",
                id,
                "version",
                version,
                "code",
                "area-" + id.substring(0, 8),
                "title",
                "Regional cooperation in TVET",
                "theme",
                "TVET",
                "status",
                status,
                "partners",
                List.of(Map.of("partnerId", partnerId, "role", "LEAD"))));
        area.put("dimensions", List.of("ECONOMIC"));
        area.put("originEventIds", List.of());
        area.put("sdgTargets", List.of("4.3"));
        area.put("actions", List.of());
        area.put("createdAt", "2025-05-12T03:00:00Z");
        area.put("updatedAt", "2025-05-12T03:00:00Z");
        return area;
    }

    private static void publish(TopicWriter writer, ResourceType resource, ChangeType change, Object data) {
        writer.send(TopicWriter.change(resource, change, data));
    }

    @Test
    void eventShowsUnderEachPartnerWithTheirRolesAndDropsWhenDeleted() {
        String organizer = create(department(code("organizer")));
        String expert = create(department(code("expert")));
        String eventId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        try (TopicWriter writer = new TopicWriter()) {
            publish(
                    writer,
                    ResourceType.EVENT,
                    ChangeType.CREATED,
                    event(eventId, 0, organizer, expert, "Kampot CLC workshop"));
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> given().when()
                            .get("/partners/" + expert + "/engagements")
                            .then()
                            .statusCode(200)
                            .body("events.eventId", contains(eventId)));
            System.out.printf(
                    "CloudEvent on lln.events to partners-service read model: %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            given().when()
                    .get("/partners/" + expert + "/engagements")
                    .then()
                    .body("events[0].roles", contains("INVITED_EXPERT", "SPEAKER"))
                    .body("events[0].startDate", equalTo("2025-05-06"));
            given().when()
                    .get("/partners/" + organizer + "/engagements")
                    .then()
                    .body("events[0].roles", contains("ORGANIZER"));

            publish(writer, ResourceType.EVENT, ChangeType.DELETED, new Deleted(UUID.fromString(eventId), 1));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().when()
                            .get("/partners/" + expert + "/engagements")
                            .then()
                            .body("events", hasSize(0)));
        }
    }

    @Test
    void collaborationAreaShowsWithRoleAndStatusAndBlocksDeletionUntilArchived() {
        String partner = create(department(code("engaged")));
        String areaId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter()) {
            publish(
                    writer,
                    ResourceType.COLLABORATION_AREA,
                    ChangeType.CREATED,
                    area(areaId, 0, partner, "IDENTIFIED"));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().when()
                            .get("/partners/" + partner + "/engagements")
                            .then()
                            .body("collaborationAreas.collaborationAreaId", contains(areaId))
                            .body("collaborationAreas[0].role", equalTo("LEAD"))
                            .body("collaborationAreas[0].status", equalTo("IDENTIFIED")));
        }
        given().when()
                .delete("/partners/" + partner)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1 collaboration area(s)"))
                .body("detail", containsString("archive"));
        given().contentType("application/merge-patch+json")
                .body("{\"status\":\"ARCHIVED\"}")
                .when()
                .patch("/partners/" + partner)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        given().when().get("/partners/" + partner).then().statusCode(200);
    }

    @Test
    void engagementsOfUnknownPartnerAre404() {
        given().when()
                .get("/partners/" + UUID.randomUUID() + "/engagements")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}

package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.ResourceType;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicWriter;

/**
 * The Kampot workshop, published on {@code lln.events} exactly as events-service publishes it (its
 * {@code GET /events/{id}} body), shows under each of its three organisations with their roles.
 */
@QuarkusTest
@ActsAsAdmin
class KampotEngagementsTest {

    @Test
    void eventWithThreeOrganisationsShowsUnderEachPartner() {
        String dnfie = create(department(code("dnfie")));
        String inruled = create(department(code("inruled")));
        String langxia = create(department(code("langxia")));
        String eventId = UUID.randomUUID().toString();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(TopicWriter.change(
                    ResourceType.EVENT, ChangeType.CREATED, kampot(eventId, dnfie, inruled, langxia)));
        }
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> given().when()
                        .get("/partners/" + langxia + "/engagements")
                        .then()
                        .statusCode(200)
                        .body("events.eventId", contains(eventId)));
        given().when()
                .get("/partners/" + dnfie + "/engagements")
                .then()
                .body("events.eventId", contains(eventId))
                .body("events[0].roles", contains("ORGANIZER"))
                .body("events[0].code", equalTo("kampot-clc-workshop-2025-" + eventId.substring(0, 8)))
                .body("events[0].endDate", equalTo("2025-05-09"));
        given().when()
                .get("/partners/" + inruled + "/engagements")
                .then()
                .body("events[0].roles", contains("INVITED_EXPERT", "SPEAKER"));
        given().when()
                .get("/partners/" + langxia + "/engagements")
                .then()
                .body("events[0].roles", contains("PRESENTER", "SPEAKER"));
    }

    /** The Kampot workshop as events-service's {@code GET /events/{id}} returns it (events-service EventResponse). */
    private static Map<String, Object> kampot(String id, String dnfie, String inruled, String langxia) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("code", "kampot-clc-workshop-2025-" + id.substring(0, 8));
        event.put("title", "Capacity building workshop for Community Learning Centres");
        event.put("description", null);
        event.put("type", "WORKSHOP");
        event.put("status", "COMPLETED");
        event.put("startDate", "2025-05-06");
        event.put("endDate", "2025-05-09");
        event.put("timeZone", "Asia/Phnom_Penh");
        event.put("attendanceMode", "IN_PERSON");
        event.put("location", Map.of("locality", "Kampot", "subdivisionCode", "KH-7", "countryCode", "KH"));
        event.put("organizerId", dnfie);
        event.put("parentId", null);
        event.put("seriesId", null);
        event.put(
                "participants",
                List.of(
                        Map.of("partnerId", dnfie, "role", "ORGANIZER"),
                        Map.of("partnerId", inruled, "role", "INVITED_EXPERT", "count", 2),
                        Map.of("partnerId", langxia, "role", "PRESENTER", "count", 1)));
        event.put("attendeeCount", 116);
        event.put(
                "sessions",
                List.of(
                        Map.of(
                                "title",
                                "Trends and Best Practices of CLCs in Rural China",
                                "deliveryMode",
                                "LIVE",
                                "topics",
                                List.of(),
                                "speakers",
                                List.of(
                                        Map.of(
                                                "name",
                                                "Dr. Qi Xinjian",
                                                "role",
                                                "Assistant Director",
                                                "partnerId",
                                                inruled),
                                        Map.of(
                                                "name",
                                                "Ms. Wu Yunfei",
                                                "role",
                                                "Programme Coordinator",
                                                "partnerId",
                                                inruled))),
                        Map.of(
                                "title",
                                "School-based curriculum: The Life of Cotton",
                                "deliveryMode",
                                "RECORDED",
                                "topics",
                                List.of("esd"),
                                "speakers",
                                List.of(Map.of("name", "Ms. Gu Yifan", "partnerId", langxia)))));
        event.put("topics", List.of("clc-capacity-building"));
        event.put("outcomes", null);
        event.put("version", 0);
        event.put("createdAt", "2025-05-10T08:00:00Z");
        event.put("updatedAt", "2025-05-10T08:00:00Z");
        return event;
    }
}

package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.events.EventFixtures.awaitPartnerVersion;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.create;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.knownPartner;
import static org.lln.events.EventFixtures.mapOf;
import static org.lln.events.EventFixtures.publishPartner;
import static org.lln.events.EventFixtures.publishPartnerEvent;
import static org.lln.events.EventFixtures.writer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicReader;

/**
 * The partner read model fed by {@code lln.partners}, observed through this service's HTTP API:
 * partner CloudEvents are published exactly as partners-service's outbox publishes them.
 */
@QuarkusTest
@ActsAsAdmin
class PartnerReadModelTest {

    @Test
    void refusesUnknownOrganizerWith422() {
        Map<String, Object> body = event(code("unknown"), "2025-05-06", "2025-05-09");
        body.put("organizerId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("organizerId"));
    }

    @Test
    void refusesUnknownParticipantAndSpeakerNamingTheField() {
        UUID known = knownPartner("INRULED");
        Map<String, Object> body = event(code("unknown"), "2025-05-06", "2025-05-09");
        body.put(
                "participants",
                List.of(
                        mapOf("partnerId", known.toString(), "role", "INVITED_EXPERT", "count", 2),
                        mapOf("partnerId", UUID.randomUUID().toString(), "role", "HOST", "count", null)));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("participants[1].partnerId"));
        body.remove("participants");
        body.put(
                "sessions",
                List.of(mapOf(
                        "title",
                        "Talk",
                        "deliveryMode",
                        "LIVE",
                        "speakers",
                        List.of(
                                mapOf("name", "Dr. Qi Xinjian", "partnerId", known.toString()),
                                mapOf(
                                        "name",
                                        "Ms. Gu Yifan",
                                        "partnerId",
                                        UUID.randomUUID().toString())))));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("sessions[0].speakers[1].partnerId"));
    }

    @Test
    void partnerPublishedByPartnersServiceBecomesUsableAndItsRenameShows() {
        UUID dnfie = UUID.randomUUID();
        Map<String, Object> body = event(code("cross"), "2025-05-06", "2025-05-09");
        body.put("organizerId", dnfie.toString());
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(422);

        long sent = System.nanoTime();
        publishPartner(dnfie, "Department of Non-Formal Education", "ACTIVE", 0, "created");
        String id = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> given().contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/events"),
                        response -> response.statusCode() == 201)
                .path("id");
        long createdMillis = (System.nanoTime() - sent) / 1_000_000;

        sent = System.nanoTime();
        publishPartner(dnfie, "Department of Non-Formal and Inclusive Education", "ACTIVE", 1, "updated");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> given().when()
                                .get("/events/" + id + ".ics")
                                .asString()
                                .replace("\r\n ", ""),
                        ics -> ics.contains("CN=Department of Non-Formal and Inclusive Education"));
        long renamedMillis = (System.nanoTime() - sent) / 1_000_000;
        System.out.printf(
                "MEASURED partner CloudEvent to events-service read model, seen over HTTP: created %d ms, renamed %d ms%n",
                createdMillis, renamedMillis);
    }

    @Test
    void refusesNewReferenceToArchivedPartnerButKeepsExistingOne() {
        UUID partner = knownPartner("Archived Body");
        Map<String, Object> body = event(code("archived"), "2025-05-06", "2025-05-09");
        body.put("organizerId", partner.toString());
        String existing = create(body);
        publishPartner(partner, "Archived Body", "ARCHIVED", 1, "updated");
        awaitPartnerVersion(partner, 1);
        Map<String, Object> other = event(code("archived"), "2025-05-06", "2025-05-09");
        other.put(
                "participants", List.of(mapOf("partnerId", partner.toString(), "role", "PARTICIPANT", "count", null)));
        given().contentType(ContentType.JSON)
                .body(other)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("participants[0].partnerId"))
                .body("errors[0].message", containsString("archived"));
        given().contentType("application/merge-patch+json")
                .body("{\"title\": \"Still organised by it\"}")
                .when()
                .patch("/events/" + existing)
                .then()
                .statusCode(200);
    }

    @Test
    void duplicateAndOutOfOrderPartnerEventsLeaveTheReadModelRight() {
        UUID partner = knownPartner("Name v0");
        Map<String, Object> body = event(code("order"), "2025-05-06", "2025-05-09");
        body.put("organizerId", partner.toString());
        String id = create(body);
        UUID v1 = UUID.randomUUID();
        publishPartnerEvent(v1, partner, "Name v1", "ACTIVE", 1, "updated");
        publishPartnerEvent(v1, partner, "Name v1", "ACTIVE", 1, "updated");
        publishPartner(partner, "Name v3", "ACTIVE", 3, "updated");
        publishPartner(partner, "Name v2 late", "ACTIVE", 2, "updated");
        // a redelivery of an already applied CloudEvent id changes nothing, even carrying a higher version
        publishPartnerEvent(v1, partner, "Name replayed", "ACTIVE", 9, "updated");
        publishPartner(partner, "Name v4", "ARCHIVED", 4, "updated");
        publishPartner(partner, "Name v1 again", "ACTIVE", 1, "updated");
        awaitPartnerVersion(partner, 4);
        String marker = UUID.randomUUID().toString();
        UUID probe = knownPartner(marker);
        awaitPartnerVersion(probe, 0);
        String ics = given().when().get("/events/" + id + ".ics").asString().replace("\r\n ", "");
        assertThat(ics).contains("CN=Name v4");
        Map<String, Object> other = event(code("order"), "2025-05-06", "2025-05-09");
        other.put("organizerId", partner.toString());
        given().contentType(ContentType.JSON)
                .body(other)
                .when()
                .post("/events")
                .then()
                .statusCode(422);
    }

    @Test
    void deletedPartnerCannotBeReferencedAndLateUpdateDoesNotRevive() {
        UUID partner = knownPartner("Short-lived");
        publishPartner(partner, null, null, 1, "deleted");
        publishPartner(partner, "Short-lived", "ACTIVE", 0, "updated");
        UUID probe = knownPartner("probe");
        awaitPartnerVersion(probe, 0);
        Map<String, Object> body = event(code("deleted"), "2025-05-06", "2025-05-09");
        body.put("organizerId", partner.toString());
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("organizerId"));
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndNextRecordIsApplied() {
        UUID next = UUID.randomUUID();
        String poisonKey = "poison-" + UUID.randomUUID();
        try (TopicReader dlq = TopicReader.fromNow("events-service.dlq")) {
            writer().send(EventFixtures.PARTNERS, poisonKey, "{ this is not a CloudEvent");
            publishPartner(next, "Applied after the poison", "ACTIVE", 0, "created");
            List<ConsumerRecord<String, String>> dead =
                    dlq.read(r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ofMillis(200));
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo("{ this is not a CloudEvent");
            Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
        }
        awaitPartnerVersion(next, 0);
        Map<String, Object> body = event(code("after-poison"), "2025-05-06", "2025-05-09");
        body.put("organizerId", next.toString());
        create(body);
    }
}

package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.events.EventFixtures.awaitPartnerDeleted;
import static org.lln.events.EventFixtures.awaitPartnerVersion;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.create;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.knownPartner;
import static org.lln.events.EventFixtures.mapOf;
import static org.lln.events.EventFixtures.publishPartner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/**
 * What an event may say about partners, as this service learns them from {@code lln.partners} (partner
 * CloudEvents published exactly as partners-service's outbox publishes them): an unknown, archived or
 * deleted partner cannot be referenced, and a rename shows. How the read model takes duplicate, late and
 * poison records is the platform's, checked once by {@link org.lln.testsupport.ReadModelSemantics}.
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
    void refusesDeletedPartnerAsOrganizer() {
        UUID partner = knownPartner("Short-lived");
        publishPartner(partner, null, null, 1, "deleted");
        awaitPartnerDeleted(partner);
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
}

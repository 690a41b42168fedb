package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.knownPartner;
import static org.lln.events.EventFixtures.mapOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.OwnershipMatrix;
import org.lln.testsupport.Tokens;
import org.lln.testsupport.TopicReader;

/**
 * A partner's token writes the events its partner organises or hosts and the series of its events, not
 * their deletion, and nothing of another partner; no field of a body (organizerId, parentId,
 * seriesId) lets it take over or attach to another's event. Partners are known from {@code lln.partners}.
 */
@QuarkusTest
@ActsAsAdmin
class OwnershipTest extends OwnershipMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static UUID owner;
    private static UUID other;

    @Override
    protected String ownerCode() {
        ensurePartners();
        return codeOf(owner);
    }

    @Override
    protected String otherCode() {
        ensurePartners();
        return codeOf(other);
    }

    @Override
    protected List<Row> rows() {
        ensurePartners();
        return List.of(
                new Row(
                        "createEvent",
                        201,
                        403,
                        201,
                        request -> request.contentType(ContentType.JSON)
                                .body(organisedBy(owner))
                                .when()
                                .post("/events")),
                new Row("replaceEvent", 200, 403, 200, request -> {
                    Map<String, Object> body = organisedBy(owner);
                    String id = create(body);
                    body.put("title", "Workshop on CLC management");
                    return request.contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .put("/events/" + id);
                }),
                new Row(
                        "patchEvent",
                        200,
                        403,
                        200,
                        request -> request.contentType("application/merge-patch+json")
                                .body("{\"attendeeCount\": 116}")
                                .when()
                                .patch("/events/" + create(organisedBy(owner)))),
                new Row(
                        "deleteEvent",
                        403,
                        403,
                        204,
                        request -> request.when().delete("/events/" + create(organisedBy(owner)))),
                new Row(
                        "createEventSeries",
                        201,
                        201,
                        201,
                        request -> request.contentType(ContentType.JSON)
                                .body(series())
                                .when()
                                .post("/event-series")),
                new Row("replaceEventSeries", 200, 403, 200, request -> {
                    Map<String, Object> body = series();
                    String id = seriesWithAnEventOf(body, owner);
                    body.put("title", "CLC missions to Cambodia");
                    return request.contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .put("/event-series/" + id);
                }),
                new Row(
                        "patchEventSeries",
                        200,
                        403,
                        200,
                        request -> request.contentType("application/merge-patch+json")
                                .body("{\"description\": \"Three missions\"}")
                                .when()
                                .patch("/event-series/" + seriesWithAnEventOf(series(), owner))),
                new Row(
                        "deleteEventSeries",
                        403,
                        403,
                        204,
                        request -> request.when()
                                .delete("/event-series/"
                                        + asAdmin()
                                                .contentType(ContentType.JSON)
                                                .body(series())
                                                .when()
                                                .post("/event-series")
                                                .then()
                                                .statusCode(201)
                                                .extract()
                                                .path("id"))),
                replayDeadLetters());
    }

    @Test
    void aHostWritesTheEventButCannotHandItToAnotherOrganizer() {
        ensurePartners();
        UUID organiser = knownPartner("INRULED");
        Map<String, Object> body = organisedBy(organiser);
        body.put("participants", List.of(mapOf("partnerId", owner.toString(), "role", "HOST", "count", 12)));
        String id = create(body);
        as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"attendeeCount\": 116}")
                .when()
                .patch("/events/" + id)
                .then()
                .statusCode(200)
                .body("updatedBy.partnerId", equalTo(owner.toString()));
        as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"organizerId\": \"" + owner + "\"}")
                .when()
                .patch("/events/" + id)
                .then()
                .statusCode(403)
                .body("detail", containsString("organizerId"));
        given().when().get("/events/" + id).then().body("organizerId", equalTo(organiser.toString()));
    }

    @Test
    void noBodyFieldLetsAPartnerTakeOverOrAttachToAnothersEvent() {
        ensurePartners();
        as(owner)
                .contentType(ContentType.JSON)
                .body(organisedBy(other))
                .when()
                .post("/events")
                .then()
                .statusCode(403)
                .body("detail", containsString("organizerId"));
        String mine = create(organisedBy(owner));
        as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"organizerId\": \"" + other + "\"}")
                .when()
                .patch("/events/" + mine)
                .then()
                .statusCode(403);
        String theirs = create(organisedBy(other));
        as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"organizerId\": \"" + owner + "\"}")
                .when()
                .patch("/events/" + theirs)
                .then()
                .statusCode(403);
        as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + theirs + "\"}")
                .when()
                .patch("/events/" + mine)
                .then()
                .statusCode(403)
                .body("detail", containsString("parentId"));
        String theirSeries = seriesWithAnEventOf(series(), other);
        as(owner)
                .contentType("application/merge-patch+json")
                .body("{\"seriesId\": \"" + theirSeries + "\"}")
                .when()
                .patch("/events/" + mine)
                .then()
                .statusCode(403)
                .body("detail", containsString("seriesId"));
        given().when().get("/events/" + mine).then().body("version", equalTo(0));
        given().when()
                .get("/events/" + theirs)
                .then()
                .body("organizerId", equalTo(other.toString()))
                .body("version", equalTo(0));
    }

    @Test
    void aPartnerGathersItsEventsInASeriesOfItsOwn() {
        ensurePartners();
        String seriesId = as(owner)
                .contentType(ContentType.JSON)
                .body(series())
                .when()
                .post("/event-series")
                .then()
                .statusCode(201)
                .body("updatedBy.partnerId", equalTo(owner.toString()))
                .extract()
                .path("id");
        Map<String, Object> body = organisedBy(owner);
        body.put("seriesId", seriesId);
        as(owner)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(201);
        as(other)
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Taken\"}")
                .when()
                .patch("/event-series/" + seriesId)
                .then()
                .statusCode(403);
        given().when().get("/event-series/" + seriesId).then().body("events.size()", equalTo(1));
    }

    @Test
    void theChangeEventNamesItsActorAndNeverTheToken() throws Exception {
        ensurePartners();
        try (TopicReader topic = TopicReader.fromNow("lln.events")) {
            String id = as(owner)
                    .contentType(ContentType.JSON)
                    .body(organisedBy(owner))
                    .when()
                    .post("/events")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> id.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ZERO);
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.path("actor").asText()).isEqualTo(codeOf(owner) + "-system");
            assertThat(event.path("actorpartner").asText()).isEqualTo(owner.toString());
            assertThat(event.path("data").path("updatedBy").path("subject").asText())
                    .isEqualTo(codeOf(owner) + "-system");
            assertThat(records.get(0).value()).doesNotContain("eyJ");
        }
    }

    private static RequestSpecification as(UUID partner) {
        return given().header("Authorization", "Bearer " + Tokens.editorFor(codeOf(partner)));
    }

    private static Map<String, Object> organisedBy(UUID partner) {
        Map<String, Object> body = event(code("ws"), "2025-05-06", "2025-05-09");
        body.put("organizerId", partner.toString());
        return body;
    }

    private static Map<String, Object> series() {
        return mapOf("code", code("missions"), "title", "INRULED missions", "description", null);
    }

    /** @return a new series, made by admin, holding one event the partner organises */
    private static String seriesWithAnEventOf(Map<String, Object> body, UUID partner) {
        String id = asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/event-series")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> member = organisedBy(partner);
        member.put("seriesId", id);
        create(member);
        return id;
    }

    private static String create(Map<String, Object> body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The code {@link EventFixtures#partner} gives a partner in the read model. */
    private static String codeOf(UUID partner) {
        return "p-" + partner.toString().substring(0, 8);
    }

    private static synchronized void ensurePartners() {
        if (owner == null) {
            owner = knownPartner("DNFIE");
            other = knownPartner("SEAMEO TED");
        }
    }
}

package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.department;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.OwnershipMatrix;
import org.lln.testsupport.Tokens;
import org.lln.testsupport.TopicReader;

/**
 * A partner's token writes its own record and its units, not their deletion, and nothing of another
 * partner; no field of a body moves a partner into or out of another's tree; every change
 * names its actor in the resource, the change event and the change feed.
 */
@QuarkusTest
@ActsAsAdmin
class OwnershipTest extends OwnershipMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    private static String ownerCode;
    private static String ownerId;
    private static String otherCode;
    private static String otherId;

    @Override
    protected String ownerCode() {
        ensurePartners();
        return ownerCode;
    }

    @Override
    protected String otherCode() {
        ensurePartners();
        return otherCode;
    }

    @Override
    protected List<Row> rows() {
        ensurePartners();
        return List.of(
                new Row(
                        "createPartner",
                        201,
                        403,
                        201,
                        request -> request.contentType(ContentType.JSON)
                                .body(unitOf(ownerId, code("unit")))
                                .when()
                                .post("/partners")),
                new Row("replacePartner", 200, 403, 200, request -> {
                    String unit = code("unit");
                    String id = createUnit(unit);
                    Map<String, Object> body = unitOf(ownerId, unit);
                    body.put("name", "Provincial Office of Education, Kampot");
                    return request.contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .put("/partners/" + id);
                }),
                new Row(
                        "patchPartner",
                        200,
                        403,
                        200,
                        request -> request.contentType("application/merge-patch+json")
                                .body("{\"acronym\": \"POE\"}")
                                .when()
                                .patch("/partners/" + createUnit(code("unit")))),
                new Row(
                        "deletePartner",
                        403,
                        403,
                        204,
                        request -> request.when().delete("/partners/" + createUnit(code("unit")))),
                replayDeadLetters());
    }

    @Test
    void aPartnerChangesItsOwnRecordAndTheChangeNamesItsActor() throws Exception {
        ensurePartners();
        try (TopicReader topic = TopicReader.fromNow("lln.partners")) {
            given().header("Authorization", "Bearer " + Tokens.editorFor(ownerCode))
                    .contentType("application/merge-patch+json")
                    .body("{\"locality\": \"Phnom Penh\"}")
                    .when()
                    .patch("/partners/" + ownerId)
                    .then()
                    .statusCode(200)
                    .body("updatedBy.subject", equalTo(ownerCode + "-system"))
                    .body("updatedBy.partnerId", equalTo(ownerId));
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> ownerId.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ZERO);
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.path("actor").asText()).isEqualTo(ownerCode + "-system");
            assertThat(event.path("actorpartner").asText()).isEqualTo(ownerId);
            assertThat(event.path("data").path("updatedBy").path("partnerId").asText())
                    .isEqualTo(ownerId);
            assertThat(records.get(0).value()).doesNotContain("eyJ");
            long position = org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> positionOf(event.path("id").asText()), found -> found > 0);
            given().queryParam("after", position - 1)
                    .queryParam("limit", 1)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(200)
                    .body("items[0].event.id", equalTo(event.path("id").asText()))
                    .body("items[0].event.actor", equalTo(ownerCode + "-system"))
                    .body("items[0].event.actorpartner", equalTo(ownerId));
        }
    }

    @Test
    void aPartnerCreatesNoPartnerOfItsOwnNorAUnitOfAnother() {
        ensurePartners();
        Map<String, Object> topLevel = department(code("own"));
        asOwner()
                .contentType(ContentType.JSON)
                .body(topLevel)
                .when()
                .post("/partners")
                .then()
                .statusCode(403)
                .body("detail", containsString("parentId"));
        asOwner()
                .contentType(ContentType.JSON)
                .body(unitOf(otherId, code("stolen")))
                .when()
                .post("/partners")
                .then()
                .statusCode(403);
        given().queryParam("code", topLevel.get("code"))
                .when()
                .get("/partners")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void noParentIdMovesAPartnerIntoOrOutOfAnotherPartnersTree() {
        ensurePartners();
        String unit = createUnit(code("unit"));
        asOwner()
                .contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + otherId + "\"}")
                .when()
                .patch("/partners/" + unit)
                .then()
                .statusCode(403);
        asOwner()
                .contentType("application/merge-patch+json")
                .body("{\"parentId\": null}")
                .when()
                .patch("/partners/" + unit)
                .then()
                .statusCode(403);
        asOwner()
                .contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + otherId + "\"}")
                .when()
                .patch("/partners/" + ownerId)
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.editorFor(otherCode))
                .contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + otherId + "\"}")
                .when()
                .patch("/partners/" + unit)
                .then()
                .statusCode(403);
        given().when()
                .get("/partners/" + unit)
                .then()
                .body("parentId", equalTo(ownerId))
                .body("version", equalTo(0));
        given().when().get("/partners/" + ownerId).then().body("parentId", nullValue());
    }

    @Test
    void aPartnerWritesTheUnitsOfItsUnits() {
        ensurePartners();
        String unit = createUnit(code("unit"));
        String subUnit = asOwner()
                .contentType(ContentType.JSON)
                .body(unitOf(unit, code("sub")))
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asOwner()
                .contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + ownerId + "\"}")
                .when()
                .patch("/partners/" + subUnit)
                .then()
                .statusCode(200);
    }

    /** @return the change-feed position the relay gave a change event once the broker acknowledged it, 0 before */
    private long positionOf(String eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select position from outbox_event where event_id = ?::uuid")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static io.restassured.specification.RequestSpecification asOwner() {
        return given().header("Authorization", "Bearer " + Tokens.editorFor(ownerCode));
    }

    private static String createUnit(String code) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(unitOf(ownerId, code))
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> unitOf(String parentId, String code) {
        Map<String, Object> body = department(code);
        body.put("parentId", parentId);
        return body;
    }

    private static synchronized void ensurePartners() {
        if (ownerId != null) {
            return;
        }
        ownerCode = code("moeys");
        ownerId = asAdmin()
                .contentType(ContentType.JSON)
                .body(department(ownerCode))
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        otherCode = code("seameo");
        otherId = asAdmin()
                .contentType(ContentType.JSON)
                .body(department(otherCode))
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

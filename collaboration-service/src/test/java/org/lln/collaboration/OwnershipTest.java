package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.collaboration.Areas.code;
import static org.lln.collaboration.Areas.member;
import static org.lln.collaboration.Areas.tvet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
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
 * A partner's token writes the collaboration areas its partner leads, their status and action items, not
 * their deletion; a partner of an area that does not lead it adds and updates only the action items it
 * owns. No field of a body (a lead, an action item's owner) lets a partner take over
 * another's resource. The status history and the change event name the actor.
 */
@QuarkusTest
@ActsAsAdmin
class OwnershipTest extends OwnershipMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static UUID lead;
    private static UUID memberPartner;
    private static UUID other;

    @Inject
    Peers peers;

    @Override
    protected String ownerCode() {
        ensurePartners();
        return codeOf(lead);
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
                        "createCollaborationArea",
                        201,
                        403,
                        201,
                        request -> request.contentType(ContentType.JSON)
                                .body(ledBy(lead))
                                .when()
                                .post("/collaboration-areas")),
                new Row("replaceCollaborationArea", 200, 403, 200, request -> {
                    Map<String, Object> body = ledBy(lead);
                    String id = createArea(body);
                    body.put("title", "TVET cooperation between Cambodia and China");
                    return request.contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .put("/collaboration-areas/" + id);
                }),
                new Row(
                        "patchCollaborationArea",
                        200,
                        403,
                        200,
                        request -> request.contentType("application/merge-patch+json")
                                .body("{\"sdgTargets\": [\"4.4\"]}")
                                .when()
                                .patch("/collaboration-areas/" + createArea(ledBy(lead)))),
                new Row(
                        "deleteCollaborationArea",
                        403,
                        403,
                        204,
                        request -> request.when().delete("/collaboration-areas/" + createArea(ledBy(lead)))),
                new Row(
                        "transitionCollaborationArea",
                        200,
                        403,
                        200,
                        request -> request.contentType(ContentType.JSON)
                                .body(Map.of("to", "PROPOSED", "note", "Proposed at the Kampot meeting"))
                                .when()
                                .post("/collaboration-areas/" + createArea(ledBy(lead)) + "/transitions")),
                new Row(
                        "createActionItem",
                        201,
                        403,
                        201,
                        request -> request.contentType(ContentType.JSON)
                                .body(item(lead))
                                .when()
                                .post("/collaboration-areas/" + createArea(ledBy(lead)) + "/actions")),
                new Row("replaceActionItem", 200, 403, 200, request -> {
                    String area = createArea(ledBy(lead));
                    Map<String, Object> body = item(lead);
                    String id = createItem(area, body);
                    body.put("status", "IN_PROGRESS");
                    return request.contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .put("/collaboration-areas/" + area + "/actions/" + id);
                }),
                new Row("patchActionItem", 200, 403, 200, request -> {
                    String area = createArea(ledBy(lead));
                    return request.contentType("application/merge-patch+json")
                            .body("{\"status\": \"DONE\"}")
                            .when()
                            .patch("/collaboration-areas/" + area + "/actions/" + createItem(area, item(lead)));
                }),
                new Row("deleteActionItem", 403, 403, 204, request -> {
                    String area = createArea(ledBy(lead));
                    return request.when()
                            .delete("/collaboration-areas/" + area + "/actions/" + createItem(area, item(lead)));
                }),
                replayDeadLetters());
    }

    @Test
    void aMemberAddsAndUpdatesOnlyTheActionItemsItOwns() {
        ensurePartners();
        String area = createArea(ledBy(lead));
        String mine = as(memberPartner)
                .contentType(ContentType.JSON)
                .body(item(memberPartner))
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(201)
                .body("updatedBy.partnerId", equalTo(memberPartner.toString()))
                .extract()
                .path("id");
        as(memberPartner)
                .contentType("application/merge-patch+json")
                .body("{\"status\": \"IN_PROGRESS\"}")
                .when()
                .patch("/collaboration-areas/" + area + "/actions/" + mine)
                .then()
                .statusCode(200);
        as(memberPartner)
                .contentType(ContentType.JSON)
                .body(item(lead))
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(403)
                .body("detail", containsString("ownerPartnerId"));
        as(memberPartner)
                .contentType("application/merge-patch+json")
                .body("{\"ownerPartnerId\": \"" + lead + "\"}")
                .when()
                .patch("/collaboration-areas/" + area + "/actions/" + mine)
                .then()
                .statusCode(403);
        String leads = createItem(area, item(lead));
        as(memberPartner)
                .contentType("application/merge-patch+json")
                .body("{\"ownerPartnerId\": \"" + memberPartner + "\"}")
                .when()
                .patch("/collaboration-areas/" + area + "/actions/" + leads)
                .then()
                .statusCode(403);
        as(memberPartner)
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Taken\"}")
                .when()
                .patch("/collaboration-areas/" + area + "/actions/" + leads)
                .then()
                .statusCode(403);
        as(memberPartner)
                .contentType(ContentType.JSON)
                .body(Map.of("to", "PROPOSED"))
                .when()
                .post("/collaboration-areas/" + area + "/transitions")
                .then()
                .statusCode(403);
        given().when()
                .get("/collaboration-areas/" + area + "/actions/" + leads)
                .then()
                .body("ownerPartnerId", equalTo(lead.toString()))
                .body("version", equalTo(0));
    }

    @Test
    void noLeadInABodyLetsAPartnerTakeOverOrGiveAwayAnArea() {
        ensurePartners();
        Map<String, Object> theirs = tvet(code("theirs"));
        theirs.put("partners", List.of(member(other, "LEAD"), member(lead, "MEMBER")));
        as(lead).contentType(ContentType.JSON)
                .body(theirs)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(403)
                .body("detail", containsString("LEAD"));
        String id = createArea(theirs);
        as(lead).contentType("application/merge-patch+json")
                .body("{\"partners\": [{\"partnerId\": \"" + lead + "\", \"role\": \"LEAD\"}]}")
                .when()
                .patch("/collaboration-areas/" + id)
                .then()
                .statusCode(403);
        String mine = createArea(ledBy(lead));
        as(lead).contentType("application/merge-patch+json")
                .body("{\"partners\": [{\"partnerId\": \"" + other + "\", \"role\": \"LEAD\"}]}")
                .when()
                .patch("/collaboration-areas/" + mine)
                .then()
                .statusCode(403);
        given().when().get("/collaboration-areas/" + id).then().body("version", equalTo(0));
        given().when()
                .get("/collaboration-areas/" + mine)
                .then()
                .body("partners[0].partnerId", equalTo(lead.toString()));
    }

    @Test
    void theHistoryAndTheChangeEventNameTheActor() throws Exception {
        ensurePartners();
        try (TopicReader topic = TopicReader.fromNow("lln.collaboration-areas")) {
            String id = as(lead).contentType(ContentType.JSON)
                    .body(ledBy(lead))
                    .when()
                    .post("/collaboration-areas")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(lead).contentType(ContentType.JSON)
                    .body(Map.of("to", "PROPOSED"))
                    .when()
                    .post("/collaboration-areas/" + id + "/transitions")
                    .then()
                    .statusCode(200);
            given().contentType(ContentType.JSON)
                    .body(Map.of("to", "AGREED"))
                    .when()
                    .post("/collaboration-areas/" + id + "/transitions")
                    .then()
                    .statusCode(200);
            given().when()
                    .get("/collaboration-areas/" + id + "/history")
                    .then()
                    .statusCode(200)
                    .body("items[0].actor.partnerId", equalTo(lead.toString()))
                    .body("items[1].actor.subject", equalTo(codeOf(lead) + "-system"))
                    .body("items[2].actor.subject", equalTo("test-partner-system"))
                    .body("items[2].actor.partnerId", equalTo(null));
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> id.equals(r.key()), 3, Duration.ofSeconds(30), Duration.ZERO);
            JsonNode proposed = JSON.readTree(records.get(1).value());
            assertThat(proposed.path("actor").asText()).isEqualTo(codeOf(lead) + "-system");
            assertThat(proposed.path("actorpartner").asText()).isEqualTo(lead.toString());
            JsonNode agreed = JSON.readTree(records.get(2).value());
            assertThat(agreed.path("actor").asText()).isEqualTo("test-partner-system");
            assertThat(agreed.has("actorpartner")).isFalse();
        }
    }

    private static RequestSpecification as(UUID partner) {
        return given().header("Authorization", "Bearer " + Tokens.editorFor(codeOf(partner)));
    }

    private static Map<String, Object> ledBy(UUID partner) {
        Map<String, Object> body = tvet(code("tvet"));
        body.put("partners", List.of(member(partner, "LEAD"), member(memberPartner, "MEMBER")));
        return body;
    }

    private static Map<String, Object> item(UUID owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Share the TVET curriculum of Langxia");
        body.put("ownerPartnerId", owner.toString());
        body.put("dueDate", "2026-12-31");
        return body;
    }

    private static String createArea(Map<String, Object> body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String createItem(String area, Map<String, Object> body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The code {@link Peers#partner} gives a partner in the read model. */
    private static String codeOf(UUID partner) {
        return "partner-" + partner.toString().substring(0, 8);
    }

    private synchronized void ensurePartners() {
        if (lead == null) {
            lead = peers.activePartner();
            memberPartner = peers.activePartner();
            other = peers.activePartner();
        }
    }
}

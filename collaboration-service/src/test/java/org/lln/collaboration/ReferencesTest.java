package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.collaboration.ActionItemsTest.createItem;
import static org.lln.collaboration.ActionItemsTest.item;
import static org.lln.collaboration.Areas.code;
import static org.lln.collaboration.Areas.create;
import static org.lln.collaboration.Areas.member;
import static org.lln.collaboration.Areas.tvet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.ResourceType;
import org.lln.testsupport.ActsAsAdmin;

/** References to partners and events are checked against the read models: 422 naming the field. */
@QuarkusTest
@ActsAsAdmin
class ReferencesTest {

    @Inject
    Peers peers;

    @Test
    void refusesUnknownPartnerWith422NamingTheField() {
        UUID known = peers.activePartner();
        Map<String, Object> body = tvet(code("unknown-partner"));
        body.put("partners", List.of(member(known, "LEAD"), member(UUID.randomUUID(), "MEMBER")));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("partners[1].partnerId"));
    }

    @Test
    void refusesArchivedPartnerWith422() {
        Map<String, Object> body = tvet(code("archived-partner"));
        body.put("partners", List.of(member(peers.archivedPartner(), "SUPPORTER")));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(422)
                .body("errors.field", contains("partners[0].partnerId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("archived"));
    }

    @Test
    void refusesDeletedPartnerWith422() {
        UUID partner = peers.activePartner();
        peers.deletePartner(partner, 1);
        Map<String, Object> body = tvet(code("deleted-partner"));
        body.put("partners", List.of(member(partner, "LEAD")));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(422)
                .body("errors.field", contains("partners[0].partnerId"));
    }

    @Test
    void refusesUnknownOriginEventWith422NamingTheField() {
        Map<String, Object> body = tvet(code("unknown-event"));
        body.put(
                "originEventIds",
                List.of(peers.event().toString(), UUID.randomUUID().toString()));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(422)
                .body("errors.field", contains("originEventIds[1]"));
    }

    @Test
    void refusesUnknownActionOwnerWith422NamingTheField() {
        String area = create(tvet(code("unknown-owner")));
        given().contentType(ContentType.JSON)
                .body(item("Owned by nobody", UUID.randomUUID(), null, null))
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(422)
                .body("errors.field", contains("ownerPartnerId"));
        String action = createItem(area, item("Unowned", null, null, null));
        given().contentType("application/merge-patch+json")
                .body("{\"ownerPartnerId\": \"" + UUID.randomUUID() + "\"}")
                .when()
                .patch("/collaboration-areas/" + area + "/actions/" + action)
                .then()
                .statusCode(422)
                .body("errors.field", contains("ownerPartnerId"));
    }

    @Test
    void keepsAPartnerArchivedAfterItJoinedWhileRefusingNewArchivedOnes() {
        UUID partner = peers.activePartner();
        String code = code("kept");
        Map<String, Object> body = tvet(code);
        body.put("partners", List.of(member(partner, "LEAD")));
        String id = create(body);
        peers.send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.UPDATED, Peers.partner(partner, 1, "ARCHIVED"));
        peers.awaitCurrent(
                "partner",
                partner,
                p -> p.map(n -> n.path("status").asText().equals("ARCHIVED")).orElse(false));
        body.put("title", "Renamed after the partner was archived");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .body("partners[0].partnerId", equalTo(partner.toString()));
        Map<String, Object> other = tvet(code("kept-other"));
        other.put("partners", List.of(member(partner, "LEAD")));
        given().contentType(ContentType.JSON)
                .body(other)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(422);
    }
}

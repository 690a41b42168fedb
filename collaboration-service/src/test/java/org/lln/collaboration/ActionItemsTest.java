package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.lln.collaboration.Areas.code;
import static org.lln.collaboration.Areas.create;
import static org.lln.collaboration.Areas.tvet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** Action items of a collaboration area: a sub-resource whose changes are changes of the area. */
@QuarkusTest
@ActsAsAdmin
class ActionItemsTest {

    /** The service's default time zone for "today" (application.properties). */
    private static final ZoneId NETWORK = ZoneId.of("Asia/Phnom_Penh");

    @Inject
    Peers peers;

    @Test
    void addsActionItemWithLocationEtagAndShowsItInTheArea() {
        String area = create(tvet(code("actions")));
        UUID owner = peers.activePartner();
        var response = given().contentType(ContentType.JSON)
                .body(item("Share The Life of Cotton curriculum", owner, "2025-09-30", null))
                .when()
                .post("/collaboration-areas/" + area + "/actions");
        response.then()
                .statusCode(201)
                .header("Location", endsWith("/collaboration-areas/" + area + "/actions/" + response.path("id")))
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("ownerPartnerId", equalTo(owner.toString()))
                .body("dueDate", equalTo("2025-09-30"));
        given().when()
                .get("/collaboration-areas/" + area)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("actions.id", contains((String) response.path("id")));
    }

    @Test
    void replacesPatchesAndDeletesActionItemsMovingTheAreaVersionOn() {
        String area = create(tvet(code("edit")));
        String action = createItem(area, item("Draft a concept note", null, "2030-01-31", null));
        String url = "/collaboration-areas/" + area + "/actions/" + action;
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(item("Draft the concept note", null, null, "IN_PROGRESS"))
                .when()
                .put(url)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("dueDate", nullValue())
                .body("status", equalTo("IN_PROGRESS"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"status\": \"DONE\", \"overdue\": true}")
                .when()
                .patch(url)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("title", equalTo("Draft the concept note"))
                .body("overdue", equalTo(false));
        given().header("If-Match", "\"1\"").when().delete(url).then().statusCode(412);
        given().header("If-Match", "\"2\"").when().delete(url).then().statusCode(204);
        given().when().get(url).then().statusCode(404);
        given().when()
                .get("/collaboration-areas/" + area)
                .then()
                .body("version", equalTo(4))
                .body("actions", empty());
    }

    @Test
    void overdueFlagFollowsTheDueDateAroundToday() {
        LocalDate today = LocalDate.now(NETWORK);
        String area = create(tvet(code("overdue")));
        String yesterday =
                createItem(area, item("Due yesterday", null, today.minusDays(1).toString(), null));
        String dueToday = createItem(area, item("Due today", null, today.toString(), null));
        String tomorrow =
                createItem(area, item("Due tomorrow", null, today.plusDays(1).toString(), "IN_PROGRESS"));
        String doneLate =
                createItem(area, item("Done late", null, today.minusDays(1).toString(), "DONE"));
        String undated = createItem(area, item("Undated", null, null, null));
        String inProgressLate =
                createItem(area, item("Still going", null, today.minusDays(30).toString(), "IN_PROGRESS"));
        overdue(area, yesterday, true);
        overdue(area, dueToday, false);
        overdue(area, tomorrow, false);
        overdue(area, doneLate, false);
        overdue(area, undated, false);
        overdue(area, inProgressLate, true);
        given().queryParam("overdue", "true")
                .when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(200)
                .body("items.id", contains(inProgressLate, yesterday));
        given().queryParam("overdue", "false")
                .when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(200)
                .body("items.id", contains(doneLate, dueToday, tomorrow, undated));
        given().when()
                .get("/collaboration-areas/" + area)
                .then()
                .statusCode(200)
                .body("actions.overdue", contains(true, true, false, false, false, false));
    }

    @Test
    void listsAreaActionsByDueDateAndFiltersByStatusAndOwner() {
        UUID owner = peers.activePartner();
        String area = create(tvet(code("list")));
        String late = createItem(area, item("Later", owner, "2031-06-01", null));
        String early = createItem(area, item("Earlier", null, "2031-01-01", "DONE"));
        given().when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(200)
                .body("items.id", contains(early, late))
                .body("totalItems", equalTo(2));
        given().queryParam("status", "DONE")
                .when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .body("items.id", contains(early));
        given().queryParam("ownerPartnerId", owner.toString())
                .when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .body("items.id", contains(late));
        given().queryParam("sort", "-title")
                .when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .body("items.id", contains(late, early));
    }

    @Test
    void refusesBadActionInputWith400() {
        String area = create(tvet(code("bad-action")));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", " "))
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("title"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "x", "dueDate", "2025-02-30"))
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("dueDate"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "x", "status", "SOMEDAY"))
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("status"));
        given().queryParam("overdue", "maybe")
                .when()
                .get("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("overdue"));
    }

    @Test
    void actionOfAnotherAreaOrOfUnknownAreaIs404() {
        String area = create(tvet(code("mine")));
        String other = create(tvet(code("other")));
        String action = createItem(area, item("Mine", null, null, null));
        given().when()
                .get("/collaboration-areas/" + other + "/actions/" + action)
                .then()
                .statusCode(404);
        given().when()
                .get("/collaboration-areas/" + UUID.randomUUID() + "/actions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(item("x", null, null, null))
                .when()
                .post("/collaboration-areas/" + UUID.randomUUID() + "/actions")
                .then()
                .statusCode(404);
    }

    @Test
    void deletingTheAreaDeletesItsActions() {
        String area = create(tvet(code("cascade")));
        String action = createItem(area, item("Goes with the area", null, null, null));
        given().when().delete("/collaboration-areas/" + area).then().statusCode(204);
        given().when()
                .get("/collaboration-areas/" + area + "/actions/" + action)
                .then()
                .statusCode(404);
        given().when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.findAll { it.id == '" + area + "' }", hasSize(0));
    }

    private static void overdue(String area, String action, boolean expected) {
        given().when()
                .get("/collaboration-areas/" + area + "/actions/" + action)
                .then()
                .statusCode(200)
                .body("overdue", equalTo(expected));
    }

    static Map<String, Object> item(String title, UUID owner, String dueDate, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("ownerPartnerId", owner == null ? null : owner.toString());
        body.put("dueDate", dueDate);
        body.put("status", status);
        return body;
    }

    static String createItem(String area, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas/" + area + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

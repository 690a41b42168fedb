package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import org.lln.testsupport.ActsAsAdmin;

/** The collaboration-area resource's CRUD, concurrency, paging and validation, as a partner system sees them. */
@QuarkusTest
@ActsAsAdmin
class CollaborationAreaApiTest {

    @Inject
    Peers peers;

    @Test
    void createsAreaIdentifiedWithLocationEtagAndServerFields() {
        String code = code("tvet");
        var response =
                given().contentType(ContentType.JSON).body(tvet(code)).when().post("/collaboration-areas");
        response.then()
                .statusCode(201)
                .header("Location", endsWith("/collaboration-areas/" + response.path("id")))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("status", equalTo("IDENTIFIED"))
                .body("theme", equalTo("TVET"))
                .body("dimensions", contains("ECONOMIC", "SOCIAL"))
                .body("sdgTargets", contains("4.3", "4.4"))
                .body("actions", empty())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
    }

    @Test
    void expressesEveryAreaOfTheKampotDocument() {
        UUID inruled = peers.activePartner();
        UUID seameoTed = peers.activePartner();
        UUID ddt = peers.activePartner();
        UUID meeting = peers.event();
        Map<String, Object> tvet = tvet(code("regional-tvet"));
        tvet.put("partners", List.of(member(inruled, "LEAD"), member(seameoTed, "MEMBER")));
        tvet.put("originEventIds", List.of(meeting.toString()));
        Map<String, Object> digital = area(
                code("digital"),
                "Digital transformation in education",
                "DIGITAL_TRANSFORMATION",
                List.of(member(ddt, "LEAD"), member(inruled, "MEMBER")),
                List.of("SOCIAL"),
                List.of("4.4", "4.a"));
        digital.put("originEventIds", List.of(meeting.toString()));
        Map<String, Object> skills = area(
                code("skills-lll"),
                "Skills development within lifelong learning frameworks",
                "SKILLS_DEVELOPMENT",
                List.of(member(seameoTed, "LEAD"), member(inruled, "SUPPORTER")),
                List.of("ECONOMIC", "SOCIAL"),
                List.of("4.3", "4.4", "4.6"));
        Map<String, Object> esd = area(
                code("esd-rural"),
                "Education for sustainable rural development",
                "ESD",
                List.of(member(inruled, "LEAD")),
                List.of("ECONOMIC", "SOCIAL", "CULTURAL", "ENVIRONMENTAL"),
                List.of("4.7"));
        for (Map<String, Object> body : List.of(tvet, digital, skills, esd)) {
            create(body);
        }
        given().queryParam("partnerId", inruled.toString())
                .queryParam("sort", "theme")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.theme", contains("DIGITAL_TRANSFORMATION", "ESD", "SKILLS_DEVELOPMENT", "TVET"))
                .body("items[1].dimensions", contains("ECONOMIC", "SOCIAL", "CULTURAL", "ENVIRONMENTAL"));
    }

    @Test
    void readsAreaByIdWithEtag() {
        String id = create(tvet(code("read")));
        given().when()
                .get("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id));
    }

    @Test
    void replacesAreaClearsAbsentFieldsAndIgnoresServerOwnedOnes() {
        String code = code("put");
        String id = create(tvet(code));
        Map<String, Object> body = tvet(code);
        body.remove("description");
        body.put("title", "Regional TVET cooperation");
        body.put("status", "ACTIVE");
        body.put("version", 42);
        body.put("actions", List.of(Map.of("title", "smuggled")));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Regional TVET cooperation"))
                .body("description", nullValue())
                .body("status", equalTo("IDENTIFIED"))
                .body("actions", empty())
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchClearsNullLeavesAbsentAndIgnoresStatus() {
        String id = create(tvet(code("patch")));
        given().contentType("application/merge-patch+json")
                .body("{\"description\": null, \"sdgTargets\": [\"4.3\", \"4.4\", \"4.7\"], \"status\": \"COMPLETED\"}")
                .when()
                .patch("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .body("description", nullValue())
                .body("sdgTargets", contains("4.3", "4.4", "4.7"))
                .body("title", equalTo("Regional cooperation in technical and vocational education"))
                .body("status", equalTo("IDENTIFIED"))
                .body("version", equalTo(1));
    }

    @Test
    void refusesStaleIfMatchWith412() {
        String id = create(tvet(code("stale")));
        given().contentType("application/merge-patch+json")
                .body("{\"title\": \"New\"}")
                .header("If-Match", "\"0\"")
                .when()
                .patch("/collaboration-areas/" + id)
                .then()
                .statusCode(200);
        given().contentType("application/merge-patch+json")
                .body("{\"title\": \"Newer\"}")
                .header("If-Match", "\"0\"")
                .when()
                .patch("/collaboration-areas/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/collaboration-areas/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void deletesAreaThenItIsGone() {
        String id = create(tvet(code("delete")));
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/collaboration-areas/" + id)
                .then()
                .statusCode(204);
        given().when().get("/collaboration-areas/" + id).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/collaboration-areas/" + id + "/history").then().statusCode(404);
    }

    @Test
    void refusesTakenCodeWith409() {
        String code = code("dup");
        create(tvet(code));
        given().contentType(ContentType.JSON)
                .body(tvet(code))
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void refusesTargetsOutsideSdg4With400NamingTheField() {
        Map<String, Object> body = tvet(code("sdg"));
        body.put("sdgTargets", List.of("4.4", "4.8"));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("sdgTargets[1]"));
        body.put("sdgTargets", List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(201)
                .body("sdgTargets[9]", equalTo("4.c"));
    }

    @Test
    void refusesUnknownThemeDimensionAndMissingFieldsWith400() {
        Map<String, Object> body = tvet(code("bad"));
        body.put("theme", "FISHING");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("theme"));
        body = tvet(code("bad"));
        body.put("dimensions", List.of("SPIRITUAL"));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("dimensions"));
        body = tvet("Not A Slug");
        body.remove("title");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x-y\", \"unknown\": 1}")
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("unknown"));
    }

    @Test
    void refusesPartnerListedTwiceWith400() {
        UUID partner = peers.activePartner();
        Map<String, Object> body = tvet(code("twice"));
        body.put("partners", List.of(member(partner, "LEAD"), member(partner, "MEMBER")));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("partners[1].partnerId"));
    }

    @Test
    void pagesAreStableAndCounted() {
        String prefix = code("page");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = tvet(prefix + "-" + i);
            body.put("title", "Paging area");
            create(body);
        }
        List<String> first = page(prefix, 0)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("size", equalTo(2))
                .extract()
                .path("items.code");
        List<String> second = page(prefix, 1).then().extract().path("items.code");
        List<String> third = page(prefix, 2).then().extract().path("items.code");
        assertThat(third).hasSize(1);
        assertThat(List.of(first, second, third).stream().flatMap(List::stream).distinct())
                .hasSize(5);
    }

    @Test
    void sortsDescendingByCode() {
        String prefix = code("sort");
        create(tvet(prefix + "-a"));
        create(tvet(prefix + "-b"));
        given().queryParam("q", prefix)
                .queryParam("sort", "-code")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.code", contains(prefix + "-b", prefix + "-a"));
    }

    @Test
    void refusesBadListParametersWith400() {
        given().queryParam("size", 0)
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("size"));
        given().queryParam("sort", "secret")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("sort"));
        given().queryParam("status", "DREAMT")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("status"));
        given().queryParam("partnerId", "inruled")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("partnerId"));
        given().queryParam("sdgTarget", "4.9")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("sdgTarget"));
        given().when().get("/collaboration-areas/not-a-uuid").then().statusCode(400);
    }

    @Test
    void khmerAndChineseTextRoundTripsAndIsSearchable() {
        Map<String, Object> body = tvet(code("unicode"));
        body.put("title", "ការអប់រំបច្ចេកទេស 职业教育合作");
        String id = create(body);
        given().queryParam("q", "职业教育")
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].title", equalTo("ការអប់រំបច្ចេកទេស 职业教育合作"));
        given().queryParam("q", "REGIONAL cooperation")
                .queryParam("size", 100)
                .when()
                .get("/collaboration-areas")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void servesOpenApiWithExamplesFromKampot() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/collaboration-areas'.post.operationId", equalTo("createCollaborationArea"))
                .body("paths.'/collaboration-areas/{id}/transitions'.post.responses.'409'", notNullValue())
                .body(containsString("Regional cooperation in technical and vocational education"));
    }

    @Test
    void reportsReadyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static io.restassured.response.Response page(String prefix, int page) {
        return given().queryParam("q", prefix)
                .queryParam("size", 2)
                .queryParam("page", page)
                .queryParam("sort", "title")
                .when()
                .get("/collaboration-areas");
    }

    private static Map<String, Object> area(
            String code,
            String title,
            String theme,
            List<Map<String, Object>> partners,
            List<String> dimensions,
            List<String> sdgTargets) {
        Map<String, Object> body = tvet(code);
        body.put("title", title);
        body.put("theme", theme);
        body.put("partners", partners);
        body.put("dimensions", dimensions);
        body.put("sdgTargets", sdgTargets);
        return body;
    }
}

package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** The partner resource's happy paths, as a partner system sees them. */
@QuarkusTest
@ActsAsAdmin
class PartnerApiTest {

    @Test
    void createsPartnerWithLocationEtagAndServerFields() {
        String code = code("dnfie");
        var response = given().contentType(ContentType.JSON)
                .body(department(code))
                .when()
                .post("/partners");
        response.then()
                .statusCode(201)
                .header("Location", endsWith("/partners/" + response.path("id")))
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("code", equalTo(code))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("parentId", nullValue())
                .body("names[0].lang", equalTo("km"));
    }

    @Test
    void readsPartnerByIdWithEtag() {
        String id = create(department(code("read")));
        given().when()
                .get("/partners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("subdivisionCode", equalTo("KH-12"));
    }

    @Test
    void replacesPartnerAndClearsAbsentFields() {
        String code = code("put");
        String id = create(department(code));
        Map<String, Object> body = department(code);
        body.remove("locality");
        body.put("name", "Department of Non-Formal Education");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/partners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Department of Non-Formal Education"))
                .body("locality", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchClearsNullAndLeavesAbsentFields() {
        String id = create(department(code("patch")));
        given().contentType("application/merge-patch+json")
                .body("{\"locality\": null, \"acronym\": \"NFE\"}")
                .when()
                .patch("/partners/" + id)
                .then()
                .statusCode(200)
                .body("locality", nullValue())
                .body("acronym", equalTo("NFE"))
                .body("name", equalTo("Department of Non-Formal and Inclusive Education"))
                .body("names", hasSize(1))
                .body("version", equalTo(1));
    }

    @Test
    void ignoresReadOnlyFieldsInBody() {
        Map<String, Object> body = department(code("readonly"));
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("version", 42);
        body.put("createdAt", "1999-01-01T00:00:00Z");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")))
                .body("version", equalTo(0))
                .body("createdAt", not(equalTo("1999-01-01T00:00:00Z")));
    }

    @Test
    void deletesPartnerThenItIsGone() {
        String id = create(department(code("delete")));
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/partners/" + id)
                .then()
                .statusCode(204);
        given().when().get("/partners/" + id).then().statusCode(404);
    }

    @Test
    void deletesForAClientThatAcceptsOnlyProblems() {
        String id = create(department(code("delete-problem-accept")));
        given().accept("application/problem+json")
                .when()
                .delete("/partners/" + id)
                .then()
                .statusCode(204);
        given().accept("application/problem+json")
                .when()
                .delete("/partners/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unitsPointToTheirParentAndAreFilteredByIt() {
        Map<String, Object> ministry = department(code("moeys"));
        ministry.put("name", "Ministry of Education, Youth and Sport");
        ministry.put("type", "GOVERNMENT_MINISTRY");
        String moeys = create(ministry);
        Map<String, Object> unit = department(code("ddt"));
        unit.put("name", "Department of Digital Transformation");
        unit.put("parentId", moeys);
        String ddt = create(unit);
        given().queryParam("parentId", moeys)
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.id", contains(ddt))
                .body("totalItems", equalTo(1));
    }

    @Test
    void refusesDeletingPartnerWithUnits() {
        String parent = create(department(code("parent")));
        Map<String, Object> unit = department(code("unit"));
        unit.put("parentId", parent);
        create(unit);
        given().when()
                .delete("/partners/" + parent)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("unit"));
    }

    @Test
    void pagesAreStableAndCounted() {
        String prefix = code("page");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = department(prefix + "-" + i);
            body.put("name", "Paging Partner");
            body.put("locality", prefix);
            create(body);
        }
        List<String> first = given().queryParam("q", prefix)
                .queryParam("size", 2)
                .queryParam("sort", "name")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .extract()
                .path("items.code");
        List<String> second = given().queryParam("q", prefix)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .queryParam("sort", "name")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        List<String> third = given().queryParam("q", prefix)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .queryParam("sort", "name")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        org.assertj.core.api.Assertions.assertThat(first).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(third).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(List.of(first, second, third).stream()
                        .flatMap(List::stream)
                        .distinct())
                .hasSize(5);
    }

    @Test
    void sortsDescendingByCode() {
        String prefix = code("sort");
        create(withCode(prefix + "-a", prefix));
        create(withCode(prefix + "-b", prefix));
        given().queryParam("q", prefix)
                .queryParam("sort", "-code")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.code", contains(prefix + "-b", prefix + "-a"));
    }

    @Test
    void filtersByTypeCountrySubdivisionStatusAndCode() {
        String code = code("filters");
        Map<String, Object> body = department(code);
        body.put("type", "COMMUNITY_LEARNING_CENTRE");
        body.put("subdivisionCode", "KH-7");
        String id = create(body);
        given().queryParam("type", "COMMUNITY_LEARNING_CENTRE")
                .queryParam("countryCode", "KH")
                .queryParam("subdivisionCode", "KH-7")
                .queryParam("status", "ACTIVE")
                .queryParam("code", code)
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        given().queryParam("type", "UN_AGENCY")
                .queryParam("code", code)
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("status", "ACTIVE")
                .queryParam("size", 100)
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("ACTIVE")));
    }

    @Test
    void searchesOtherNamesInAnyScriptCaseInsensitively() {
        String code = code("inruled");
        Map<String, Object> body = department(code);
        body.put("name", "UNESCO International Research and Training Centre for Rural Education");
        body.put("acronym", "INRULED");
        body.put("type", "RESEARCH_TRAINING_CENTRE");
        body.put("countryCode", "CN");
        body.remove("subdivisionCode");
        body.put("names", List.of(Map.of("lang", "zh-Hans", "value", "国际农村教育研究与培训中心", "kind", "OFFICIAL")));
        String id = create(body);
        given().queryParam("q", "农村教育")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "rural EDUCATION")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "100%_not-there")
                .when()
                .get("/partners")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void khmerChineseAndEmojiRoundTrip() {
        Map<String, Object> body = department(code("unicode"));
        String khmer = "មជ្ឈមណ្ឌលសិក្សាសហគមន៍";
        String chinese = "朗霞镇社区学校";
        String emoji = "Cotton 🌱🧵 school";
        body.put("name", emoji);
        body.put(
                "names",
                List.of(
                        Map.of("lang", "km", "value", khmer, "kind", "OFFICIAL"),
                        Map.of("lang", "zh-Hans", "value", chinese, "kind", "SHORT")));
        String id = create(body);
        given().when()
                .get("/partners/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(emoji))
                .body("names[0].value", equalTo(khmer))
                .body("names[1].value", equalTo(chinese));
    }

    @Test
    void engagementsOfPartnerWithoutAnyAreEmpty() {
        String id = create(department(code("lonely")));
        given().when()
                .get("/partners/" + id + "/engagements")
                .then()
                .statusCode(200)
                .body("partnerId", equalTo(id))
                .body("events", hasSize(0))
                .body("collaborationAreas", hasSize(0));
    }

    private static Map<String, Object> withCode(String code, String locality) {
        Map<String, Object> body = department(code);
        body.put("locality", locality);
        return body;
    }
}

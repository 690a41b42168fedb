package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/**
 * Every error class of the HTTP conventions gives its status and an RFC 9457 problem body, never a
 * stack trace, SQL text or a 500, and changes nothing.
 */
@QuarkusTest
@ActsAsAdmin
class PartnerProblemsTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:lln:problem:"))
                .body("title", not(equalTo(null)))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("SQL")))
                .body("detail", not(containsString("org.")));
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/partners")
                .then();
    }

    @Test
    void refusesMissingAndInvalidFieldsListingEachOne() {
        Map<String, Object> body = department("Not A Slug");
        body.remove("name");
        body.put("countryCode", "XX");
        body.put("website", "ftp://example");
        problem(post(body), 400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("countryCode"))
                .body("errors.field", hasItem("website"))
                .body("instance", equalTo("/partners"));
    }

    @Test
    void refusesBadLanguageTagInNestedName() {
        Map<String, Object> body = department(code("lang"));
        body.put("names", List.of(Map.of("lang", "not a tag!", "value", "x", "kind", "OFFICIAL")));
        problem(post(body), 400).body("errors.field", hasItem("names[0].lang"));
    }

    @Test
    void refusesSubdivisionOutsideTheCountry() {
        Map<String, Object> body = department(code("subdiv"));
        body.put("subdivisionCode", "CN-SH");
        problem(post(body), 400).body("errors.field", hasItem("subdivisionCode"));
    }

    @Test
    void refusesMalformedJson() {
        problem(post("{\"code\": "), 400).body("type", equalTo("urn:lln:problem:malformed-request"));
    }

    @Test
    void refusesUnknownFieldNamingIt() {
        Map<String, Object> body = department(code("unknown"));
        body.put("nickname", "x");
        problem(post(body), 400).body("errors[0].field", equalTo("nickname"));
    }

    @Test
    void refusesWrongJsonTypes() {
        Map<String, Object> body = department(code("types"));
        body.put("name", 42);
        problem(post(body), 400).body("errors[0].field", equalTo("name"));
        Map<String, Object> listAsString = department(code("types"));
        listAsString.put("names", "km");
        problem(post(listAsString), 400).body("errors[0].field", equalTo("names"));
    }

    @Test
    void refusesUnknownEnumValueListingTheAcceptedOnes() {
        Map<String, Object> body = department(code("enum"));
        body.put("type", "SPACE_AGENCY");
        problem(post(body), 400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("GOVERNMENT_MINISTRY"));
    }

    @Test
    void refusesNulCharacters() {
        Map<String, Object> body = department(code("nul"));
        body.put("name", "bad\u0000name");
        problem(post(body), 400).body("errors[0].field", equalTo("name"));
        problem(given().queryParam("q", "a\u0000b").when().get("/partners").then(), 400);
    }

    @Test
    void refusesHugeNumbersAndDeepNesting() throws Exception {
        String code = code("huge");
        assertRawProblem("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"NGO\",\"status\":1e1000000}");
        assertRawProblem("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"NGO\",\"names\":[{\"lang\":\"km\","
                + "\"value\":\"x\",\"kind\":\"SHORT\",\"n\":" + "9".repeat(5000) + "}]}");
        assertRawProblem("[".repeat(5000) + "]".repeat(5000));
        assertRawProblem("{\"code\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}");
        given().queryParam("code", code).when().get("/partners").then().body("totalItems", equalTo(0));
    }

    /** Posts a body too large for RestAssured's failure logging and expects a 400 problem. */
    private static void assertRawProblem(String body) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + io.restassured.RestAssured.port + "/partners"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + org.lln.testsupport.Tokens.editor())
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode())
                .as(response.body())
                .isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(response.body())
                .contains("\"status\":400")
                .doesNotContain("Exception");
    }

    @Test
    void refusesOversizedBodyWith413BeforeReadingIt() throws Exception {
        int port = io.restassured.RestAssured.port;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /partners HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (5 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response =
                    new String(socket.getInputStream().readNBytes(2048), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(response)
                    .startsWith("HTTP/1.1 413")
                    .contains("application/problem+json")
                    .contains("\"status\":413");
        }
    }

    @Test
    void refusesOverlongFieldWith400() {
        Map<String, Object> body = department(code("long"));
        body.put("name", "x".repeat(301));
        problem(post(body), 400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void refusesDuplicateCodeWith409NamingTheField() {
        String code = code("dup");
        create(department(code));
        problem(post(department(code)), 409).body("errors[0].field", equalTo("code"));
        given().queryParam("code", code).when().get("/partners").then().body("totalItems", equalTo(1));
    }

    @Test
    void refusesUnknownParentWith422NamingTheField() {
        Map<String, Object> body = department(code("orphan"));
        body.put("parentId", UUID.randomUUID().toString());
        problem(post(body), 422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void refusesParentCycleWith422() {
        String a = create(department(code("cycle-a")));
        Map<String, Object> unit = department(code("cycle-b"));
        unit.put("parentId", a);
        String b = create(unit);
        problem(
                        given().contentType("application/merge-patch+json")
                                .body("{\"parentId\":\"" + b + "\"}")
                                .when()
                                .patch("/partners/" + a)
                                .then(),
                        422)
                .body("errors[0].field", equalTo("parentId"));
        problem(
                given().contentType("application/merge-patch+json")
                        .body("{\"parentId\":\"" + a + "\"}")
                        .when()
                        .patch("/partners/" + a)
                        .then(),
                422);
    }

    @Test
    void refusesStaleIfMatchWith412AndKeepsTheResource() {
        String id = create(department(code("stale")));
        Map<String, Object> body = department(code("stale"));
        problem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"7\"")
                        .body(body)
                        .when()
                        .put("/partners/" + id)
                        .then(),
                412);
        problem(
                given().header("If-Match", "\"7\"")
                        .when()
                        .delete("/partners/" + id)
                        .then(),
                412);
        given().when().get("/partners/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void refusesInvalidPatchResultWith400() {
        String id = create(department(code("badpatch")));
        problem(
                        given().contentType("application/merge-patch+json")
                                .body("{\"name\": null}")
                                .when()
                                .patch("/partners/" + id)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("name"));
        problem(
                        given().contentType("application/merge-patch+json")
                                .body("{\"colour\": \"red\"}")
                                .when()
                                .patch("/partners/" + id)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("colour"));
        given().when().get("/partners/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void answersMissingResourceWith404() {
        problem(given().when().get("/partners/" + UUID.randomUUID()).then(), 404);
        problem(given().when().get("/nowhere").then(), 404);
    }

    @Test
    void refusesBadPathAndQueryParametersWith400() {
        problem(given().when().get("/partners/not-a-uuid").then(), 400).body("errors[0].field", equalTo("id"));
        problem(given().queryParam("size", 0).when().get("/partners").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(given().queryParam("size", 101).when().get("/partners").then(), 400);
        problem(given().queryParam("page", -1).when().get("/partners").then(), 400)
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("page", "abc").when().get("/partners").then(), 400)
                .body("errors[0].field", equalTo("page"));
        problem(
                        given().queryParam("page", 21474837)
                                .queryParam("size", 100)
                                .when()
                                .get("/partners")
                                .then(),
                        400)
                .body("errors[0].field", equalTo("page"));
        problem(
                        given().queryParam("page", "99999999999")
                                .when()
                                .get("/partners")
                                .then(),
                        400)
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("sort", "password").when().get("/partners").then(), 400)
                .body("errors[0].field", equalTo("sort"));
        problem(given().queryParam("type", "SPACE").when().get("/partners").then(), 400)
                .body("errors[0].field", equalTo("type"));
        problem(given().queryParam("parentId", "x").when().get("/partners").then(), 400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void answersWrongMethodMediaTypeAndAcceptWithProblems() {
        problem(given().when().put("/partners").then(), 405);
        problem(
                given().contentType(ContentType.XML)
                        .body("<partner/>")
                        .when()
                        .post("/partners")
                        .then(),
                415);
        problem(given().accept(ContentType.XML).when().get("/partners").then(), 406);
    }

    @Test
    void refusesEmptyBodyNamingTheBody() {
        problem(given().contentType(ContentType.JSON).when().post("/partners").then(), 400)
                .body("errors[0].field", equalTo("body"));
        problem(post("[]"), 400)
                .body("errors[0].field", equalTo("body"))
                .body("detail", not(containsString("org.lln")));
    }

    @Test
    void refusesUnpairedSurrogatesInTextAndParameters() {
        String code = code("surrogate");
        problem(post("{\"code\":\"" + code + "\",\"name\":\"a\\ud800b\",\"type\":\"OTHER\"}"), 400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("surrogate"));
        given().queryParam("code", code).when().get("/partners").then().body("totalItems", equalTo(0));
    }

    @Test
    void refusesTrailingContentAndDuplicateKeys() {
        String code = code("strict");
        problem(post("{\"code\":\"" + code + "\",\"name\":\"n\",\"type\":\"OTHER\"} xyz"), 400);
        problem(post("{\"code\":\"" + code + "\",\"name\":\"n\",\"type\":\"OTHER\"}{\"code\":\"x\"}"), 400);
        problem(post("{\"code\":\"" + code + "\",\"code\":\"" + code + "-b\",\"name\":\"n\",\"type\":\"OTHER\"}"), 400);
        given().queryParam("q", code).when().get("/partners").then().body("totalItems", equalTo(0));
    }

    @Test
    void refusesEmptySortFieldsAndNonCanonicalUuids() {
        for (String sort : List.of(",", ",,", "name,", "-")) {
            problem(given().queryParam("sort", sort).when().get("/partners").then(), 400)
                    .body("errors[0].field", equalTo("sort"));
        }
        problem(given().when().get("/partners/1-1-1-1-1").then(), 400).body("errors[0].field", equalTo("id"));
    }
}

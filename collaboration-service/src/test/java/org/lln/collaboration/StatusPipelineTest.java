package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.lln.collaboration.Areas.code;
import static org.lln.collaboration.Areas.create;
import static org.lln.collaboration.Areas.move;
import static org.lln.collaboration.Areas.tvet;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lln.testsupport.ActsAsAdmin;

/**
 * The status pipeline IDENTIFIED -> PROPOSED -> AGREED -> ACTIVE -> COMPLETED, DISCONTINUED from any
 * open state, nothing out of a closed state; and the history it leaves.
 */
@QuarkusTest
@ActsAsAdmin
class StatusPipelineTest {

    private static final List<String> PATH = List.of("IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "COMPLETED");

    @Test
    void walksTheWholePipelineToCompleted() {
        String id = create(tvet(code("walk")));
        for (int i = 1; i < PATH.size(); i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("to", PATH.get(i)))
                    .when()
                    .post("/collaboration-areas/" + id + "/transitions")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"" + i + "\"")
                    .body("status", equalTo(PATH.get(i)))
                    .body("version", equalTo(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE"})
    void discontinuesFromEveryOpenState(String open) {
        String id = inState(open);
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "DISCONTINUED", "note", "No funding in 2025"))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCONTINUED"));
    }

    @ParameterizedTest
    @CsvSource({
        "IDENTIFIED,AGREED",
        "IDENTIFIED,ACTIVE",
        "IDENTIFIED,COMPLETED",
        "IDENTIFIED,IDENTIFIED",
        "PROPOSED,IDENTIFIED",
        "AGREED,PROPOSED",
        "ACTIVE,AGREED",
        "ACTIVE,ACTIVE",
        "COMPLETED,DISCONTINUED",
        "COMPLETED,ACTIVE",
        "DISCONTINUED,IDENTIFIED",
        "DISCONTINUED,PROPOSED"
    })
    void refusesMovesOffThePipelineWith409NamingBothStates(String from, String to) {
        String id = inState(from);
        given().contentType(ContentType.JSON)
                .body(Map.of("to", to))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is " + from + ";"))
                .body("detail", containsString("cannot move to " + to))
                .body("errors[0].field", equalTo("to"));
        given().when().get("/collaboration-areas/" + id).then().body("status", equalTo(from));
    }

    @Test
    void refusesUnknownOrMissingTargetStateWith400() {
        String id = create(tvet(code("bad-to")));
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "DREAMT"))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        given().contentType(ContentType.JSON)
                .body(Map.of("note", "no target"))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
    }

    @Test
    void transitionHonoursIfMatch() {
        String id = create(tvet(code("if-match")));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Map.of("to", "PROPOSED"))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("to", "PROPOSED"))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(200);
    }

    @Test
    void transitionOfUnknownAreaIs404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "PROPOSED"))
                .when()
                .post("/collaboration-areas/00000000-0000-4000-8000-000000000000/transitions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void historyListsEveryTransitionOldestFirstWithTimeAndNote() {
        String id = create(tvet(code("history")));
        for (String[] step : new String[][] {
            {"PROPOSED", "Concept note circulated"},
            {"AGREED", "Agreed in Phnom Penh"},
            {"ACTIVE", null},
            {"DISCONTINUED", "Merged into another area"}
        }) {
            Map<String, Object> body = new HashMap<>();
            body.put("to", step[0]);
            body.put("note", step[1]);
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/collaboration-areas/" + id + "/transitions")
                    .then()
                    .statusCode(200);
        }
        var history = given().when()
                .get("/collaboration-areas/" + id + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.from", contains(null, "IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE"))
                .body("items.to", contains("IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "DISCONTINUED"))
                .body(
                        "items.note",
                        contains(
                                null,
                                "Concept note circulated",
                                "Agreed in Phnom Penh",
                                null,
                                "Merged into another area"))
                .body("items[3].note", nullValue())
                .extract()
                .<List<String>>path("items.at");
        List<Instant> times = history.stream().map(Instant::parse).toList();
        Assertions.assertThat(times).isSorted();
        given().queryParam("size", 2)
                .queryParam("page", 2)
                .when()
                .get("/collaboration-areas/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.to", contains("DISCONTINUED"));
    }

    @Test
    void statusIsNotWritableThroughPutOrPatch() {
        String code = code("not-writable");
        String id = create(tvet(code));
        Map<String, Object> body = tvet(code);
        body.put("status", "ACTIVE");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("IDENTIFIED"));
        given().contentType("application/merge-patch+json")
                .body("{\"status\": \"COMPLETED\"}")
                .when()
                .patch("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("IDENTIFIED"));
        given().when().get("/collaboration-areas/" + id + "/history").then().body("totalItems", equalTo(1));
    }

    /** @return a new area moved to {@code state} along allowed edges */
    private static String inState(String state) {
        String id = create(tvet(code("state")));
        if (state.equals("DISCONTINUED")) {
            move(id, "DISCONTINUED");
            return id;
        }
        for (int i = 1; i <= PATH.indexOf(state); i++) {
            move(id, PATH.get(i));
        }
        return id;
    }
}

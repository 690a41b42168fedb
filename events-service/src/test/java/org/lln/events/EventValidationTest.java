package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.create;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.knownPartner;
import static org.lln.events.EventFixtures.mapOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** Each event validation rule of DESIGN.md (Event) answers with a problem naming the field, never a 500. */
@QuarkusTest
@ActsAsAdmin
class EventValidationTest {

    @Test
    void refusesEndDateBeforeStartDate() {
        post(event(code("dates"), "2025-05-09", "2025-05-06"))
                .statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void acceptsOneDayEvent() {
        create(event(code("oneday"), "2025-05-08", "2025-05-08"));
    }

    @Test
    void refusesImpossibleDateWith400() {
        post(event(code("feb30"), "2025-02-30", "2025-03-01"))
                .statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        given().queryParam("from", "2025-02-30")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void refusesYearsOutside0001To9999InBodiesAndFilters() {
        post(event(code("year0"), "0000-01-01", "0000-01-02"))
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.oneOf("startDate", "endDate"));
        post(event(code("year5"), "+99999-01-01", "+99999-01-02"))
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.oneOf("startDate", "endDate"));
        post(event(code("yearneg"), "-5000-01-01", "2025-01-01"))
                .statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        given().queryParam("from", "0000-01-01")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void refusesTheSamePartnerTwiceInTheSameRole() {
        UUID partner = knownPartner("Duplicate Participant");
        Map<String, Object> body = event(code("dup-participant"), "2025-05-06", "2025-05-09");
        body.put(
                "participants",
                List.of(
                        mapOf("partnerId", partner.toString(), "role", "HOST"),
                        mapOf("partnerId", partner.toString(), "role", "HOST")));
        post(body).statusCode(400).body("errors[0].field", equalTo("participants[1]"));
        body.put(
                "participants",
                List.of(
                        mapOf("partnerId", partner.toString(), "role", "HOST"),
                        mapOf("partnerId", partner.toString(), "role", "ORGANIZER")));
        create(body);
    }

    @Test
    void refusesToBeforeFrom() {
        given().queryParam("from", "2025-05-09")
                .queryParam("to", "2025-05-06")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void refusesUnknownTimeZone() {
        Map<String, Object> body = event(code("tz"), "2025-05-06", "2025-05-09");
        body.put("timeZone", "Asia/Kampot");
        post(body).statusCode(400).body("errors[0].field", equalTo("timeZone"));
        body.put("timeZone", "+07:00");
        post(body).statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void refusesSessionOutsideEventDaysInItsOwnTimeZone() {
        Map<String, Object> body = event(code("session"), "2025-05-06", "2025-05-09");
        // 2025-05-05T18:00Z is 2025-05-06 01:00 in Phnom Penh: inside
        body.put(
                "sessions",
                List.of(mapOf("title", "Early", "startsAt", "2025-05-05T18:00:00Z", "deliveryMode", "LIVE")));
        create(body);
        // 2025-05-09T18:00Z is 2025-05-10 01:00 in Phnom Penh: outside
        body.put("code", code("session"));
        body.put(
                "sessions",
                List.of(
                        mapOf("title", "Ok", "deliveryMode", "LIVE"),
                        mapOf("title", "Late", "startsAt", "2025-05-09T18:00:00Z", "deliveryMode", "LIVE")));
        post(body).statusCode(400).body("errors[0].field", equalTo("sessions[1].startsAt"));
    }

    @Test
    void refusesMalformedSessionStart() {
        Map<String, Object> body = event(code("session"), "2025-05-06", "2025-05-09");
        body.put("sessions", List.of(mapOf("title", "Bad", "startsAt", "2025-05-06 09:00", "deliveryMode", "LIVE")));
        post(body).statusCode(400).body("errors[0].field", equalTo("sessions[0].startsAt"));
    }

    @Test
    void refusesUnknownParentWith422() {
        Map<String, Object> body = event(code("orphan"), "2025-05-06", "2025-05-09");
        body.put("parentId", UUID.randomUUID().toString());
        post(body).statusCode(422).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void refusesSubEventOutsideParentDates() {
        String parent = create(event(code("parent"), "2025-05-06", "2025-05-09"));
        Map<String, Object> body = event(code("child"), "2025-05-09", "2025-05-10");
        body.put("parentId", parent);
        post(body).statusCode(400).body("errors[0].field", equalTo("endDate"));
        body.put("startDate", "2025-05-05");
        body.put("endDate", "2025-05-06");
        post(body).statusCode(400).body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void refusesShrinkingParentAroundItsSubEvents() {
        String parent = create(event(code("parent"), "2025-05-06", "2025-05-09"));
        Map<String, Object> child = event(code("child"), "2025-05-09", "2025-05-09");
        child.put("parentId", parent);
        create(child);
        given().contentType("application/merge-patch+json")
                .body("{\"endDate\": \"2025-05-08\"}")
                .when()
                .patch("/events/" + parent)
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void refusesParentCycles() {
        String grandparent = create(event(code("a"), "2025-05-06", "2025-05-09"));
        Map<String, Object> parentBody = event(code("b"), "2025-05-06", "2025-05-09");
        parentBody.put("parentId", grandparent);
        String parent = create(parentBody);
        given().contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + parent + "\"}")
                .when()
                .patch("/events/" + grandparent)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
        given().contentType("application/merge-patch+json")
                .body("{\"parentId\": \"" + grandparent + "\"}")
                .when()
                .patch("/events/" + grandparent)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void refusesUnknownSeriesWith422() {
        Map<String, Object> body = event(code("series"), "2025-05-06", "2025-05-09");
        body.put("seriesId", UUID.randomUUID().toString());
        post(body).statusCode(422).body("errors[0].field", equalTo("seriesId"));
    }

    @Test
    void refusesNegativeCounts() {
        Map<String, Object> body = event(code("count"), "2025-05-06", "2025-05-09");
        body.put("attendeeCount", -1);
        post(body).statusCode(400).body("errors[0].field", equalTo("attendeeCount"));
        body.put("attendeeCount", 116);
        body.put(
                "participants",
                List.of(mapOf("partnerId", UUID.randomUUID().toString(), "role", "PARTICIPANT", "count", -3)));
        post(body).statusCode(400).body("errors[0].field", equalTo("participants[0].count"));
    }

    @Test
    void refusesUnknownEnumValues() {
        Map<String, Object> body = event(code("enum"), "2025-05-06", "2025-05-09");
        body.put("type", "PICNIC");
        post(body)
                .statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("WORKSHOP"));
        body.put("type", "WORKSHOP");
        body.put("sessions", List.of(mapOf("title", "Tape", "deliveryMode", "CASSETTE")));
        post(body).statusCode(400).body("errors[0].field", equalTo("sessions[0].deliveryMode"));
        given().queryParam("status", "DONE")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void refusesMissingRequiredFieldsAndUnknownFields() {
        post(Map.of("code", code("empty"))).statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = event(code("unknown"), "2025-05-06", "2025-05-09");
        body.put("colour", "blue");
        post(body).statusCode(400).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void refusesBadCodesAndLocations() {
        post(event("Kampot Workshop", "2025-05-06", "2025-05-09"))
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
        Map<String, Object> body = event(code("place"), "2025-05-06", "2025-05-09");
        body.put("location", mapOf("subdivisionCode", "CN-SH", "countryCode", "KH"));
        post(body).statusCode(400).body("errors[0].field", equalTo("location.subdivisionCode"));
        body.put("location", mapOf("countryCode", "XX"));
        post(body).statusCode(400).body("errors[0].field", equalTo("location.countryCode"));
    }

    @Test
    void refusesMalformedJsonNulCharactersAndHugeNumbers() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": ")
                .when()
                .post("/events")
                .then()
                .statusCode(400);
        Map<String, Object> body = event(code("nul"), "2025-05-06", "2025-05-09");
        body.put("title", "bad\u0000title");
        post(body).statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"huge\", \"title\": \"t\", \"type\": \"WORKSHOP\", "
                        + "\"startDate\": \"2025-05-06\", \"endDate\": \"2025-05-06\", \"timeZone\": \"Asia/Phnom_Penh\", "
                        + "\"attendeeCount\": 99999999999999999999}")
                .when()
                .post("/events")
                .then()
                .statusCode(400);
    }

    @Test
    void refusesBadPathAndQueryParameters() {
        given().when().get("/events/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().queryParam("partnerId", "nope")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
        given().when().get("/events/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .contentType("application/problem+json");
    }
}

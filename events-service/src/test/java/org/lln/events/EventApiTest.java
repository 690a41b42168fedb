package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.create;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.kampot;
import static org.lln.events.EventFixtures.knownPartner;
import static org.lln.events.EventFixtures.mapOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** The event and event series resources' happy paths, as a partner system sees them. */
@QuarkusTest
@ActsAsAdmin
class EventApiTest {

    @Test
    void createsKampotWorkshopWithEveryFactOfTheSeed() {
        UUID dnfie = knownPartner("Department of Non-Formal and Inclusive Education");
        UUID inruled = knownPartner("UNESCO International Research and Training Centre for Rural Education");
        UUID langxia = knownPartner("Langxia Town Community School");
        String code = code("kampot");
        var response = given().contentType(ContentType.JSON)
                .body(kampot(code, dnfie, inruled, langxia))
                .when()
                .post("/events");
        response.then()
                .statusCode(201)
                .header("Location", endsWith("/events/" + response.path("id")))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("type", equalTo("WORKSHOP"))
                .body("status", equalTo("COMPLETED"))
                .body("startDate", equalTo("2025-05-06"))
                .body("endDate", equalTo("2025-05-09"))
                .body("timeZone", equalTo("Asia/Phnom_Penh"))
                .body("location.subdivisionCode", equalTo("KH-7"))
                .body("location.locality", equalTo("Kampot"))
                .body("organizerId", equalTo(dnfie.toString()))
                .body("attendeeCount", equalTo(116))
                .body("participants.role", contains("ORGANIZER", "INVITED_EXPERT", "PRESENTER"))
                .body("sessions[0].speakers.name", contains("Dr. Qi Xinjian", "Ms. Wu Yunfei"))
                .body("sessions[0].deliveryMode", equalTo("LIVE"))
                .body("sessions[1].deliveryMode", equalTo("RECORDED"))
                .body("sessions[1].speakers[0].name", equalTo("Ms. Gu Yifan"))
                .body("sessions[1].startsAt", nullValue())
                .body("parentId", nullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
    }

    @Test
    void storesSessionStartInUtcWhateverOffsetItCameWith() {
        Map<String, Object> body = event(code("utc"), "2025-05-06", "2025-05-09");
        body.put(
                "sessions",
                List.of(mapOf("title", "Opening", "startsAt", "2025-05-06T09:00:00+07:00", "deliveryMode", "LIVE")));
        String id = create(body);
        given().when()
                .get("/events/" + id)
                .then()
                .statusCode(200)
                .body("sessions[0].startsAt", equalTo("2025-05-06T02:00:00Z"))
                .body("sessions[0].speakers", hasSize(0))
                .body("sessions[0].topics", hasSize(0));
    }

    @Test
    void readsEventByIdWithEtag() {
        String id = create(event(code("read"), "2025-05-06", "2025-05-09"));
        given().when()
                .get("/events/" + id)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("status", equalTo("PLANNED"))
                .body("participants", hasSize(0))
                .body("location", nullValue());
    }

    @Test
    void replacesEventAndClearsAbsentFields() {
        String code = code("put");
        Map<String, Object> body = event(code, "2025-05-06", "2025-05-09");
        body.put("outcomes", "to be cleared");
        String id = create(body);
        Map<String, Object> replacement = event(code, "2025-05-06", "2025-05-08");
        replacement.put("title", "Renamed");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(replacement)
                .when()
                .put("/events/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Renamed"))
                .body("endDate", equalTo("2025-05-08"))
                .body("outcomes", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchClearsNullAndLeavesAbsentFields() {
        Map<String, Object> body = event(code("patch"), "2025-05-06", "2025-05-09");
        body.put("outcomes", "to be cleared");
        body.put("topics", List.of("tvet"));
        String id = create(body);
        given().contentType("application/merge-patch+json")
                .body("{\"outcomes\": null, \"status\": \"COMPLETED\", \"attendeeCount\": 116}")
                .when()
                .patch("/events/" + id)
                .then()
                .statusCode(200)
                .body("outcomes", nullValue())
                .body("status", equalTo("COMPLETED"))
                .body("attendeeCount", equalTo(116))
                .body("topics", contains("tvet"))
                .body("version", equalTo(1));
    }

    @Test
    void staleIfMatchIsRefusedWith412() {
        String id = create(event(code("stale"), "2025-05-06", "2025-05-09"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"7\"")
                .body("{\"title\": \"x\"}")
                .when()
                .patch("/events/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().header("If-Match", "\"7\"")
                .when()
                .delete("/events/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void ignoresReadOnlyFieldsInBody() {
        Map<String, Object> body = event(code("readonly"), "2025-05-06", "2025-05-09");
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("version", 42);
        body.put("createdAt", "1999-01-01T00:00:00Z");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/events")
                .then()
                .statusCode(201)
                .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")))
                .body("version", equalTo(0));
    }

    @Test
    void deletesEventThenItIsGone() {
        String id = create(event(code("delete"), "2025-05-06", "2025-05-09"));
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/events/" + id)
                .then()
                .statusCode(204);
        given().when().get("/events/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesDeletingEventWithSubEvents() {
        String parent = create(event(code("parent"), "2025-05-06", "2025-05-09"));
        Map<String, Object> visit = event(code("visit"), "2025-05-08", "2025-05-08");
        visit.put("type", "SITE_VISIT");
        visit.put("parentId", parent);
        create(visit);
        given().when().delete("/events/" + parent).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void duplicateCodeIs409() {
        String code = code("dup");
        create(event(code, "2025-05-06", "2025-05-09"));
        given().contentType(ContentType.JSON)
                .body(event(code, "2025-05-06", "2025-05-09"))
                .when()
                .post("/events")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void dateRangeOverlapIncludesBothEdges() {
        String topic = code("overlap");
        String endsOnFrom = create(tagged(event(code("ends-on-from"), "2025-04-28", "2025-05-06"), topic));
        String startsOnTo = create(tagged(event(code("starts-on-to"), "2025-05-09", "2025-05-12"), topic));
        String inside = create(tagged(event(code("inside"), "2025-05-07", "2025-05-07"), topic));
        String spanning = create(tagged(event(code("spanning"), "2025-05-01", "2025-05-31"), topic));
        create(tagged(event(code("before"), "2025-04-01", "2025-05-05"), topic));
        create(tagged(event(code("after"), "2025-05-10", "2025-05-11"), topic));
        given().queryParam("topic", topic)
                .queryParam("from", "2025-05-06")
                .queryParam("to", "2025-05-09")
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.id", contains(endsOnFrom, spanning, inside, startsOnTo))
                .body("totalItems", equalTo(4));
    }

    @Test
    void filtersByPartnerInAnyRole() {
        UUID organizer = knownPartner("Organiser");
        UUID participant = knownPartner("Participant");
        UUID speaker = knownPartner("Speaker");
        Map<String, Object> organised = event(code("organised"), "2025-05-06", "2025-05-09");
        organised.put("organizerId", organizer.toString());
        String a = create(organised);
        Map<String, Object> joined = event(code("joined"), "2025-05-06", "2025-05-09");
        joined.put(
                "participants", List.of(mapOf("partnerId", participant.toString(), "role", "DELEGATION", "count", 3)));
        String b = create(joined);
        Map<String, Object> spoken = event(code("spoken"), "2025-05-06", "2025-05-09");
        spoken.put(
                "sessions",
                List.of(mapOf(
                        "title",
                        "Talk",
                        "deliveryMode",
                        "ONLINE",
                        "speakers",
                        List.of(mapOf("name", "Someone", "partnerId", speaker.toString())))));
        String c = create(spoken);
        given().queryParam("partnerId", organizer.toString())
                .when()
                .get("/events")
                .then()
                .body("items.id", contains(a));
        given().queryParam("organizerId", organizer.toString())
                .when()
                .get("/events")
                .then()
                .body("items.id", contains(a));
        given().queryParam("partnerId", participant.toString())
                .when()
                .get("/events")
                .then()
                .body("items.id", contains(b));
        given().queryParam("partnerId", speaker.toString())
                .when()
                .get("/events")
                .then()
                .body("items.id", contains(c));
        given().queryParam("organizerId", speaker.toString())
                .when()
                .get("/events")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void filtersByTypeStatusPlaceParentAndText() {
        String marker = code("filters");
        String parent = create(tagged(event(code("kampot"), "2025-05-06", "2025-05-09"), marker));
        Map<String, Object> visit = tagged(event(code("visit"), "2025-05-08", "2025-05-08"), marker);
        visit.put("type", "SITE_VISIT");
        visit.put("status", "COMPLETED");
        visit.put("title", "Visite au lycée technique Saint François 圣弗朗索瓦");
        visit.put("parentId", parent);
        visit.put(
                "location",
                mapOf("venue", "Saint François Technical High School", "subdivisionCode", "KH-7", "countryCode", "KH"));
        String child = create(visit);
        given().queryParam("topic", marker)
                .queryParam("type", "SITE_VISIT")
                .queryParam("status", "COMPLETED")
                .queryParam("countryCode", "KH")
                .queryParam("subdivisionCode", "KH-7")
                .queryParam("parentId", parent)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.id", contains(child));
        given().queryParam("q", "LYCÉE technique").when().get("/events").then().body("items.id", contains(child));
        given().queryParam("q", "圣弗朗索瓦").when().get("/events").then().body("items.id", contains(child));
        given().queryParam("topic", marker)
                .queryParam("type", "MEETING")
                .when()
                .get("/events")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void pagesAreStableAndSortable() {
        String topic = code("paging");
        for (int i = 0; i < 5; i++) {
            create(tagged(event(topic + "-" + i, "2025-05-0" + (i + 1), "2025-05-09"), topic));
        }
        given().queryParam("topic", topic)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.code", contains(topic + "-4"))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("page", equalTo(2))
                .body("size", equalTo(2));
        given().queryParam("topic", topic)
                .queryParam("sort", "-startDate")
                .queryParam("size", 2)
                .when()
                .get("/events")
                .then()
                .body("items.code", contains(topic + "-4", topic + "-3"));
        given().queryParam("sort", "colour")
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("size", 101)
                .when()
                .get("/events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void seriesListsItsEventsInDateOrderWithSequence() {
        String seriesId = given().contentType(ContentType.JSON)
                .body(Map.of("code", code("inruled-missions"), "title", "INRULED CLC missions to Cambodia"))
                .when()
                .post("/event-series")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("events", hasSize(0))
                .extract()
                .path("id");
        String kampot = create(inSeries(event(code("kampot"), "2025-05-06", "2025-05-09"), seriesId));
        String april = create(inSeries(event(code("april"), "2024-04-01", "2024-04-30"), seriesId));
        String march = create(inSeries(event(code("march"), "2024-03-01", "2024-03-31"), seriesId));
        given().when()
                .get("/event-series/" + seriesId)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("events.id", contains(march, april, kampot))
                .body("events.sequence", contains(1, 2, 3))
                .body("events[2].startDate", equalTo("2025-05-06"));
        given().queryParam("seriesId", seriesId)
                .when()
                .get("/events")
                .then()
                .body("items.id", contains(march, april, kampot));
        given().when().delete("/event-series/" + seriesId).then().statusCode(409);
    }

    @Test
    void findsEventsAndSeriesByExactCode() {
        String eventCode = code("by-code");
        String id = create(event(eventCode, "2025-05-06", "2025-05-09"));
        given().queryParam("code", eventCode)
                .when()
                .get("/events")
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("totalItems", equalTo(1));
        given().queryParam("code", eventCode + "-other")
                .when()
                .get("/events")
                .then()
                .body("items", hasSize(0));
        String seriesCode = code("series-by-code");
        String seriesId = given().contentType(ContentType.JSON)
                .body(Map.of("code", seriesCode, "title", "Series by code"))
                .when()
                .post("/event-series")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("code", seriesCode)
                .when()
                .get("/event-series")
                .then()
                .statusCode(200)
                .body("items.id", contains(seriesId))
                .body("totalItems", equalTo(1));
    }

    @Test
    void seriesIsPatchedAndDeletedWhenEmpty() {
        String code = code("series");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Series"))
                .when()
                .post("/event-series")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"description\": \"Since 2024\", \"events\": []}")
                .when()
                .patch("/event-series/" + id)
                .then()
                .statusCode(200)
                .body("description", equalTo("Since 2024"))
                .body("title", equalTo("Series"))
                .header("ETag", "\"1\"");
        given().queryParam("q", code).when().get("/event-series").then().body("items.id", hasItem(id));
        given().header("If-Match", "\"1\"")
                .when()
                .delete("/event-series/" + id)
                .then()
                .statusCode(204);
        given().when().get("/event-series/" + id).then().statusCode(404);
    }

    @Test
    void kampotSubEventsAreListedByParent() {
        String workshop = create(event(code("kampot"), "2025-05-06", "2025-05-09"));
        Map<String, Object> visit = event(code("saint-francois"), "2025-05-08", "2025-05-08");
        visit.put("type", "SITE_VISIT");
        visit.put("parentId", workshop);
        Map<String, Object> ddt = event(code("ddt"), "2025-05-09", "2025-05-09");
        ddt.put("type", "MEETING");
        ddt.put("parentId", workshop);
        Map<String, Object> seameo = event(code("seameo-ted"), "2025-05-09", "2025-05-09");
        seameo.put("type", "MEETING");
        seameo.put("parentId", workshop);
        String a = create(visit);
        String b = create(ddt);
        String c = create(seameo);
        given().queryParam("parentId", workshop)
                .when()
                .get("/events")
                .then()
                .body("items.id", containsInAnyOrder(a, b, c))
                .body("items[0].id", equalTo(a));
    }

    private static Map<String, Object> tagged(Map<String, Object> body, String topic) {
        body.put("topics", List.of(topic));
        return body;
    }

    private static Map<String, Object> inSeries(Map<String, Object> body, String seriesId) {
        body.put("seriesId", seriesId);
        return body;
    }
}

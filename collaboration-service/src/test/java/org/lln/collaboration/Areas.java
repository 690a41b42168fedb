package org.lln.collaboration;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and shortcuts shared by the collaboration-area tests. */
final class Areas {

    private Areas() {}

    /** @return a unique code with the given prefix, so tests never collide */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return a valid body for the TVET area the Kampot meetings identified, without references */
    static Map<String, Object> tvet(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Regional cooperation in technical and vocational education");
        body.put("description", "Strengthening vocational education and skills training that meets industry needs.");
        body.put("theme", "TVET");
        body.put("dimensions", List.of("ECONOMIC", "SOCIAL"));
        body.put("partners", List.of());
        body.put("originEventIds", List.of());
        body.put("sdgTargets", List.of("4.3", "4.4"));
        return body;
    }

    /** @return a partner entry of an area body */
    static Map<String, Object> member(UUID partnerId, String role) {
        return Map.of("partnerId", partnerId.toString(), "role", role);
    }

    /** Creates an area and returns its id. */
    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/collaboration-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves an area to {@code to} and expects success. */
    static void move(String id, String to) {
        given().contentType(ContentType.JSON)
                .body(Map.of("to", to))
                .when()
                .post("/collaboration-areas/" + id + "/transitions")
                .then()
                .statusCode(200);
    }
}

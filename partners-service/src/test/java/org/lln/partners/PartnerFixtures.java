package org.lln.partners;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and shortcuts shared by the partner tests. */
final class PartnerFixtures {

    private PartnerFixtures() {}

    /** @return a unique code with the given prefix, so tests never collide */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return a valid body for a Cambodian government department */
    static Map<String, Object> department(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Department of Non-Formal and Inclusive Education");
        body.put("acronym", "DNFIE");
        body.put("type", "GOVERNMENT_DEPARTMENT");
        body.put("countryCode", "KH");
        body.put("subdivisionCode", "KH-12");
        body.put("locality", "Phnom Penh");
        body.put("names", List.of(Map.of("lang", "km", "value", "នាយកដ្ឋានអប់រំក្រៅប្រព័ន្ធ", "kind", "OFFICIAL")));
        return body;
    }

    /** Creates a partner and returns its id. */
    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}

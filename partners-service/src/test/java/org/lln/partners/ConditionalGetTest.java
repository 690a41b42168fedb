package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** Conditional GET (RFC 9110, section 13.1.2): a client that holds the current version gets 304 and no body. */
@QuarkusTest
@ActsAsAdmin
class ConditionalGetTest {

    @Test
    void answers304WithoutABodyWhenIfNoneMatchHoldsTheCurrentVersion() {
        String id = create(department(code("cond")));
        given().header("If-None-Match", "\"7\", W/\"0\"")
                .when()
                .get("/partners/" + id)
                .then()
                .statusCode(304)
                .header("ETag", "\"0\"")
                .body(emptyString());
    }

    @Test
    void answers200WithTheBodyOnceTheResourceChanged() {
        String id = create(department(code("cond")));
        given().contentType("application/merge-patch+json")
                .body("{\"locality\":\"Kampot\"}")
                .when()
                .patch("/partners/" + id)
                .then()
                .statusCode(200);
        given().header("If-None-Match", "\"0\"")
                .when()
                .get("/partners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .contentType(ContentType.JSON)
                .body("locality", equalTo("Kampot"));
    }
}

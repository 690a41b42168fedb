package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.Tokens;

/**
 * With {@code lln.security.unscoped-editors=true} an operator keeps the behaviour before partner-scoped
 * writes: an editor token without a partner writes any partner, but still deletes nothing.
 */
@QuarkusTest
@ActsAsAdmin
@TestProfile(UnscopedEditorsTest.Allowed.class)
class UnscopedEditorsTest {

    /** The operator's switch, on. */
    public static class Allowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lln.security.unscoped-editors", "true");
        }
    }

    @Test
    void anEditorWithoutAPartnerWritesAnyPartnerButDeletesNone() {
        String id = given().header("Authorization", "Bearer " + Tokens.editor())
                .contentType(ContentType.JSON)
                .body(department(code("unscoped")))
                .when()
                .post("/partners")
                .then()
                .statusCode(201)
                .body("updatedBy.subject", equalTo("test-partner-system"))
                .body("updatedBy.partnerId", nullValue())
                .extract()
                .path("id");
        given().header("Authorization", "Bearer " + Tokens.editor())
                .when()
                .delete("/partners/" + id)
                .then()
                .statusCode(403);
    }
}

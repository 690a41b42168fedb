package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** The service documents itself and reports its health, as a developer and an operator see it. */
@QuarkusTest
@ActsAsAdmin
class OpenApiAndHealthTest {

    @Test
    void everyOperationHasSummaryOperationIdAndProblemResponses() {
        JsonPath api = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        assertThat(paths)
                .containsKeys(
                        "/partners", "/partners/{id}", "/partners/{id}/engagements", "/changes", "/changes/stream");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation).as(method + " " + path).containsKeys("summary", "operationId", "responses");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (path.contains("{")) {
                assertThat(responses).as(method + " " + path).containsKey("404");
            }
            if (!method.equals("get")) {
                assertThat(responses).as(method + " " + path).containsKey("409");
            }
        }));
        assertThat(api.getString("components.schemas.Problem.description")).contains("RFC 9457");
        assertThat(api.getString(
                        "paths.'/partners'.post.requestBody.content.'application/json'.examples.INRULED.value"))
                .contains("INRULED");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        org.hamcrest.Matchers.hasItems(containsString("Database"), containsString("Kafka")));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsExposeOutboxDelay() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("lln_outbox_commit_to_ack"));
    }
}

package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;

/** The service documents itself with Kampot examples and reports its health. */
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
                        "/events",
                        "/events/{id}",
                        "/events/{id}/calendar",
                        "/events.ics",
                        "/event-series",
                        "/event-series/{id}",
                        "/changes",
                        "/changes/stream");
        assertThat(paths)
                .as("a suffix after a parameter breaks client generators")
                .doesNotContainKey("/events/{id}.ics");
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
        Map<String, Object> content = api.getMap("paths.'/events/{id}'.get.responses.'200'.content");
        assertThat(content.keySet())
                .as("JSON first: generated clients take the first media type")
                .containsExactly("application/json", "text/calendar");
    }

    @Test
    void examplesComeFromTheKampotWorkshop() {
        JsonPath api = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String examples = "paths.'/events'.post.requestBody.content.'application/json'.examples";
        assertThat(api.getString(examples + ".'Kampot CLC workshop 2025'.value"))
                .contains("KH-7")
                .contains("Dr. Qi Xinjian")
                .contains("Ms. Gu Yifan")
                .contains("RECORDED")
                .contains("116");
        assertThat(api.getString(examples + ".'Site visit on 8 May, a sub-event'.value"))
                .contains("Saint François");
        assertThat(
                        api.getString(
                                "paths.'/event-series/{id}'.get.responses.'200'.content.'application/json'.examples.'INRULED CLC missions'.value"))
                .contains("sequence:3", "code:kampot-clc-workshop-2025");
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
    void metricsExposeReadModelDelay() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("lln_outbox"));
    }
}

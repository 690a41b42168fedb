package org.lln.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a client of the HTTP side sees: the summary, its OpenAPI description, the page and its assets. */
@QuarkusTest
class SummaryApiTest {

    @Test
    void summaryHasEveryPartAndThePipelineInStatusOrder() {
        given().when()
                .get("/api/summary")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("position", notNullValue())
                .body("counters.partners", notNullValue())
                .body(
                        "collaborationAreas.byStatus.keySet()",
                        contains("IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "COMPLETED", "DISCONTINUED"))
                .body("services.partners", equalTo("http://localhost:8081"))
                .body("services.events", equalTo("http://localhost:8082"))
                .body("services.collaboration", equalTo("http://localhost:8083"));
    }

    @Test
    void unknownAddressIsA404Problem() {
        given().when()
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType(equalTo("application/problem+json"))
                .body("type", equalTo("urn:lln:problem:not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/nothing-here"));
    }

    @Test
    void unservableAcceptIsA406Problem() {
        given().accept("text/html")
                .when()
                .get("/api/summary")
                .then()
                .statusCode(406)
                .contentType(equalTo("application/problem+json"))
                .body("title", equalTo("Not acceptable"))
                .body("status", equalTo(406))
                .body("instance", equalTo("/api/summary"));
    }

    @Test
    void summaryIsDocumentedInOpenApiWithAKampotExample() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/summary'.get.operationId", equalTo("getSummary"))
                .body("paths.'/api/summary'.get.summary", notNullValue())
                .body(
                        "paths.'/api/summary'.get.responses.'200'.content.'application/json'.examples.'kampot-2025'.value.counters.attendees",
                        equalTo(116))
                .body("paths.'/api/stream'.get.operationId", equalTo("streamSummary"));
    }

    @Test
    void pageAndItsChartLibraryAreServedByTheDashboardItself() {
        String page = given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("/webjars/chart.js/dist/chart.umd.js", "dashboard.js")
                .doesNotContain("https://");
        given().when().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);
        given().when().get("/dashboard.js").then().statusCode(200).body(containsString("EventSource"));
    }

    @Test
    void isLiveAndReadyWithTheBroker() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}

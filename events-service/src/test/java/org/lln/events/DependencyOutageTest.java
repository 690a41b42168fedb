package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.lln.events.EventFixtures.awaitPartnerVersion;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.knownPartner;
import static org.lln.events.EventFixtures.publishPartner;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.platform.messaging.ChangeConsumer;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.EmbeddedPostgresServer;
import org.lln.testsupport.InjectPostgres;
import org.lln.testsupport.TopicReader;

/**
 * The service's own database goes away and comes back (DESIGN.md: a dependency outage is a 503, health
 * answers in every state, a transient failure of a consumer is retried, never dead-lettered).
 */
@QuarkusTest
@ActsAsAdmin
class DependencyOutageTest {

    @InjectPostgres
    EmbeddedPostgresServer postgres;

    @Test
    void duringADatabaseOutageRequestsAre503AndAPartnerPublishedMeanwhileAppliesOnceItIsBack() {
        assertThat(postgres).as("this test needs the embedded PostgreSQL").isNotNull();
        UUID organizer = knownPartner("DNFIE");
        Map<String, Object> body = event(code("outage"), "2025-05-06", "2025-05-09");
        body.put("organizerId", organizer.toString());
        UUID arrivedDuringOutage = UUID.randomUUID();
        postgres.stop();
        try {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/events")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", containsString("nothing was changed"));
            given().when().get("/events").then().statusCode(503).contentType("application/problem+json");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().when()
                            .get("/q/health/ready")
                            .then()
                            .statusCode(503)
                            .body("checks.findAll { it.status == 'DOWN' }.name", hasItem(containsString("Database"))));
            given().when().get("/q/health/live").then().statusCode(200);
            publishPartner(arrivedDuringOutage, "Kampot Community Learning Centre", "ACTIVE", 0, "created");
            ChangeConsumer consumer =
                    Arc.container().instance(ChangeConsumer.class).get();
            await("the consumer retries the partner it cannot apply yet")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.retryingSince() != null);
        } finally {
            postgres.start();
        }
        awaitPartnerVersion(arrivedDuringOutage, 0);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/events")
                        .then()
                        .statusCode(201));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> given().when().get("/q/health/ready").then().statusCode(200));
        try (TopicReader dlq = TopicReader.fromBeginning("events-service.dlq")) {
            assertThat(dlq.read(
                            r -> r.value() != null && r.value().contains(arrivedDuringOutage.toString()),
                            1,
                            Duration.ofSeconds(3),
                            Duration.ZERO))
                    .as("a valid record is never dead-lettered")
                    .isEmpty();
        }
    }
}

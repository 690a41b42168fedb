package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.events.EventFixtures.awaitPartnerVersion;
import static org.lln.events.EventFixtures.partner;
import static org.lln.events.EventFixtures.writer;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.ResourceType;
import org.lln.platform.readmodel.ReadModelStore;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.Tokens;
import org.lln.testsupport.TopicWriter;

/**
 * An operator lists the dead-letter topic and replays it (DESIGN.md, Change events): a record that now
 * applies takes effect once, one that still cannot apply stays with its reason, and replaying again
 * changes nothing.
 */
@QuarkusTest
@ActsAsAdmin
class DeadLetterReplayTest {

    @Test
    void replayAppliesWhatNowAppliesOnceAndKeepsWhatStillCannot() {
        UUID poisonMarker = UUID.randomUUID();
        String poison = "{\"not\": \"a CloudEvent\", \"marker\": \"" + poisonMarker + "\"}";
        writer().send("lln.partners", poisonMarker.toString(), poison);
        UUID partner = UUID.randomUUID();
        // a valid change that reached the dead-letter topic (e.g. dead-lettered by an older release)
        writer().send(
                        "events-service.dlq",
                        partner.toString(),
                        TopicWriter.change(
                                        ResourceType.PARTNER,
                                        ChangeType.CREATED,
                                        partner(partner, "Kampot CLC", "ACTIVE", 0))
                                .json());
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> assertThat(listed().getList("fromTopic"))
                        .isNotNull()
                        .anySatisfy(topic -> assertThat(topic).isEqualTo("lln.partners")));
        JsonPath letters = listed();
        Map<String, Object> dead =
                letters.getMap("find { it.value != null && it.value.contains('" + poisonMarker + "') }");
        assertThat(dead.get("reason")).asString().isNotBlank();
        assertThat(dead.get("fromTopic")).isEqualTo("lln.partners");

        JsonPath first = replay();
        assertThat(first.getInt("applied")).isGreaterThanOrEqualTo(1);
        assertThat(first.getList("stillFailing.value", String.class))
                .anyMatch(v -> v.contains(poisonMarker.toString()));
        awaitPartnerVersion(partner, 0);

        JsonPath second = replay();
        assertThat(second.getInt("applied"))
                .as("replaying again changes nothing")
                .isZero();
        assertThat(second.getInt("read")).isEqualTo(first.getInt("read"));
        ReadModelStore store = Arc.container().instance(ReadModelStore.class).get();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> store.current("partner", partner))
                        .orElseThrow()
                        .path("name")
                        .asText())
                .isEqualTo("Kampot CLC");
    }

    @Test
    void deadLettersAreForAdminsOnly() {
        given().header("Authorization", "Bearer not.a.jwt")
                .when()
                .get("/admin/dead-letters")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.editor())
                .when()
                .get("/admin/dead-letters")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.editor())
                .when()
                .post("/admin/dead-letters/replay")
                .then()
                .statusCode(403)
                .body("status", equalTo(403));
    }

    private static JsonPath listed() {
        return given().header("Authorization", "Bearer " + Tokens.admin())
                .when()
                .get("/admin/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath replay() {
        return given().header("Authorization", "Bearer " + Tokens.admin())
                .when()
                .post("/admin/dead-letters/replay")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}

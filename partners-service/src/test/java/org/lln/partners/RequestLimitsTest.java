package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.Tokens;

/**
 * The limits a public API needs (OWASP API4:2023): each client's request rate (per token, or per address
 * without one) and the body size are bounded; beyond them a client gets a 429 with Retry-After, or a 413,
 * both problem+json, and health answers regardless. Runs with a rate of 1 request per second, bursts of 5.
 */
@QuarkusTest
@ActsAsAdmin
@TestProfile(RequestLimitsTest.LowRate.class)
class RequestLimitsTest {

    /** A rate limit low enough to reach in a test. */
    public static class LowRate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lln.http.rate-limit.per-second", "1", "lln.http.rate-limit.burst", "5");
        }
    }

    @Test
    void aTokenBeyondItsRateGets429WithRetryAfterWhileOthersAndHealthGoOn() {
        String token = Tokens.admin();
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            responses.add(
                    given().header("Authorization", "Bearer " + token).when().get("/partners"));
        }
        Response refused = responses.stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(responses.stream().filter(r -> r.statusCode() == 200)).hasSizeBetween(5, 7);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:lln:problem:too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(given().header("Authorization", "Bearer " + Tokens.editorFor("another-system"))
                        .when()
                        .get("/partners")
                        .statusCode())
                .as("another token has its own budget")
                .isEqualTo(200);
        for (int i = 0; i < 8; i++) {
            assertThat(given().when().get("/q/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413ProblemJson() {
        byte[] body = new byte[2 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        Response response = given().header("Authorization", "Bearer " + Tokens.editorFor("yet-another-system"))
                .contentType("application/json")
                .body(new ByteArrayInputStream(body))
                .when()
                .post("/partners");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(413);
    }
}

package org.lln.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The suite as a user meets it: the packaged services as real processes on a real PostgreSQL and Kafka,
 * the Kampot 2025 data loaded through the APIs, and what a user would check through HTTP.
 */
@ExtendWith(RunningSuite.class)
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StackConfig config;
    private static String partners;
    private static String events;
    private static String collaboration;

    @BeforeAll
    static void urls() {
        config = RunningSuite.config();
        partners = config.services().get(0).url();
        events = config.services().get(1).url();
        collaboration = config.services().get(2).url();
    }

    @Test
    @Order(1)
    void loadsTheKampotDataOnceThroughTheApis() throws IOException {
        assertThat(RunningSuite.kampotCreated()).as("the suite's first load").isEqualTo(9 + 1 + 6 + 3);
        String authorization = SuiteUnderTest.authorization(config);
        assertThat(new DataLoader(partners, events, collaboration, authorization, System.out)
                        .load(config.root().resolve("data")))
                .as("a second load creates nothing")
                .isZero();
        assertThat(get(partners + "/partners?code=unesco-inruled")
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void findsTheWorkshopByProvinceAndByInruled() throws IOException {
        JsonNode inKampot = get(events + "/events?subdivisionCode=KH-7");
        assertThat(codes(inKampot)).contains("kampot-clc-workshop-2025");
        JsonNode workshop = item(inKampot, "kampot-clc-workshop-2025");
        assertThat(workshop.path("attendeeCount").asInt()).isEqualTo(116);
        assertThat(workshop.path("startDate").asText()).isEqualTo("2025-05-06");
        assertThat(workshop.path("endDate").asText()).isEqualTo("2025-05-09");
        assertThat(codes(get(events + "/events?size=100&partnerId=" + inruled())))
                .contains(
                        "kampot-clc-workshop-2025",
                        "saint-francois-site-visit-2025",
                        "ddt-meeting-2025",
                        "seameo-ted-meeting-2025");
    }

    @Test
    @Order(3)
    void inruledEngagementsListTheWorkshopAndTheThreeAreas() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode engagements = get(partners + "/partners/" + inruled() + "/engagements");
            List<String> eventCodes = new ArrayList<>();
            engagements
                    .path("events")
                    .forEach(e -> eventCodes.add(e.path("code").asText()));
            assertThat(eventCodes).contains("kampot-clc-workshop-2025");
            assertThat(engagements.path("collaborationAreas")).hasSize(3);
        });
    }

    @Test
    @Order(4)
    void aRenameInPartnersServiceReachesTheOtherServicesReadModels() throws Exception {
        String id = inruled();
        String renamed = "UNESCO INRULED (renamed in the end-to-end test)";
        HttpResponse<String> anonymous = HTTP.send(
                HttpRequest.newBuilder(URI.create(partners + "/partners/" + id))
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("a write without a token").isEqualTo(401);
        HttpResponse<String> patch = HTTP.send(
                HttpRequest.newBuilder(URI.create(partners + "/partners/" + id))
                        .header("Content-Type", "application/merge-patch+json")
                        .header("Authorization", SuiteUnderTest.authorization(config))
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"" + renamed + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
        long start = System.nanoTime();
        for (String service : List.of(events, collaboration)) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> assertThat(get(service + "/read-models/partner/" + id)
                                    .path("name")
                                    .asText())
                            .isEqualTo(renamed));
        }
        System.out.printf(
                "Partner rename visible in events-service and collaboration-service read models after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    @Order(5)
    void aPartnersTokenWritesItsOwnEventOnlyAndTheChangeNamesIt() throws Exception {
        JsonNode workshop = item(get(events + "/events?code=kampot-clc-workshop-2025"), "kampot-clc-workshop-2025");
        assertThat(workshop.path("updatedBy").path("subject").asText())
                .as("loaded by the secretariat")
                .isEqualTo("lln-local-admin");
        String url = events + "/events/" + workshop.path("id").asText();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                patch(url, config.jwtKeys().token("editor", "moeys-dnfie", Duration.ofMinutes(5)))
                                        .statusCode())
                        .isEqualTo(200));
        HttpResponse<String> other =
                patch(url, config.jwtKeys().token("editor", "unesco-inruled", Duration.ofMinutes(5)));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode updatedBy = get(url).path("updatedBy");
        assertThat(updatedBy.path("subject").asText()).isEqualTo("lln-local-moeys-dnfie");
        assertThat(updatedBy.path("partnerId").asText())
                .isEqualTo(get(partners + "/partners?code=moeys-dnfie")
                        .path("items")
                        .get(0)
                        .path("id")
                        .asText());
    }

    private static HttpResponse<String> patch(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/merge-patch+json")
                        .header("Authorization", "Bearer " + token)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"outcomes\":\"Reported by DNFIE.\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(6)
    void aRestartKeepsEverything() throws IOException {
        long partnerCount = get(partners + "/partners").path("totalItems").asLong();
        long eventCount = get(events + "/events").path("totalItems").asLong();
        long areaCount =
                get(collaboration + "/collaboration-areas").path("totalItems").asLong();
        RunningSuite.restart();
        assertThat(get(partners + "/partners").path("totalItems").asLong()).isEqualTo(partnerCount);
        assertThat(get(events + "/events").path("totalItems").asLong()).isEqualTo(eventCount);
        assertThat(get(collaboration + "/collaboration-areas")
                        .path("totalItems")
                        .asLong())
                .isEqualTo(areaCount);
        assertThat(get(partners + "/partners/" + inruled()).path("name").asText())
                .contains("renamed");
    }

    private static String inruled() throws IOException {
        return get(partners + "/partners?code=unesco-inruled")
                .path("items")
                .get(0)
                .path("id")
                .asText();
    }

    private static JsonNode get(String url) throws IOException {
        try {
            HttpResponse<String> response =
                    HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    private static JsonNode item(JsonNode page, String code) {
        for (JsonNode item : page.path("items")) {
            if (code.equals(item.path("code").asText())) {
                return item;
            }
        }
        throw new AssertionError("No " + code + " in " + page);
    }
}

package org.lln.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lln.events.EventFixtures.code;
import static org.lln.events.EventFixtures.create;
import static org.lln.events.EventFixtures.event;
import static org.lln.events.EventFixtures.kampot;
import static org.lln.events.EventFixtures.knownPartner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicReader;

/** What reaches {@code lln.events}: CloudEvents whose data is the resource exactly as {@code GET} returns it. */
@QuarkusTest
@ActsAsAdmin
class EventPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "lln.events";

    @Test
    void publishedEventEqualsItsGetBody() throws Exception {
        UUID dnfie = knownPartner("DNFIE");
        UUID inruled = knownPartner("INRULED");
        UUID langxia = knownPartner("Langxia Town Community School");
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            String id = create(kampot(code("kampot"), dnfie, inruled, langxia));
            JsonNode event = only(reader, "events/" + id);
            assertThat(event.path("type").asText()).isEqualTo("org.lln.event.created");
            assertThat(event.path("source").asText()).isEqualTo("/events-service");
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            JsonNode body = JSON.readTree(given().when()
                    .get("/events/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertThat(event.path("data")).isEqualTo(body);
        }
    }

    @Test
    void updatePublishesNewVersionAndDeletePublishesIdWithNextVersion() throws Exception {
        String id = create(event(code("lifecycle"), "2025-05-06", "2025-05-09"));
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            given().contentType("application/merge-patch+json")
                    .body("{\"status\": \"CONFIRMED\"}")
                    .when()
                    .patch("/events/" + id)
                    .then()
                    .statusCode(200);
            given().when().delete("/events/" + id).then().statusCode(204);
            List<JsonNode> events = read(reader, "events/" + id, 2);
            assertThat(events)
                    .extracting(e -> e.path("type").asText())
                    .containsExactly("org.lln.event.updated", "org.lln.event.deleted");
            assertThat(events.get(0).path("data").path("version").asLong()).isEqualTo(1);
            assertThat(events.get(0).path("data").path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(events.get(1).path("data")).isEqualTo(JSON.readTree("{\"id\": \"" + id + "\", \"version\": 2}"));
        }
    }

    @Test
    void eventJoiningSeriesPublishesSeriesUpdateWithIt() throws Exception {
        String seriesId = given().contentType(ContentType.JSON)
                .body(Map.of("code", code("series"), "title", "Missions"))
                .when()
                .post("/event-series")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            Map<String, Object> body = event(code("member"), "2025-05-06", "2025-05-09");
            body.put("seriesId", seriesId);
            String eventId = create(body);
            JsonNode update = only(reader, "event-series/" + seriesId);
            assertThat(update.path("type").asText()).isEqualTo("org.lln.event-series.updated");
            assertThat(update.path("data").path("version").asLong()).isEqualTo(1);
            assertThat(update.path("data").path("events").get(0).path("id").asText())
                    .isEqualTo(eventId);
            JsonNode body2 = JSON.readTree(given().when()
                    .get("/event-series/" + seriesId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertThat(update.path("data")).isEqualTo(body2);
        }
    }

    private static JsonNode only(TopicReader reader, String subject) throws Exception {
        List<JsonNode> events = read(reader, subject, 1);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static List<JsonNode> read(TopicReader reader, String subject, int count) throws Exception {
        List<ConsumerRecord<String, String>> records = reader.read(
                r -> r.value().contains("\"subject\":\"" + subject + "\""),
                count,
                Duration.ofSeconds(30),
                Duration.ofMillis(300));
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            events.add(JSON.readTree(r.value()));
        }
        return events;
    }
}

package org.lln.collaboration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lln.collaboration.ActionItemsTest.item;
import static org.lln.collaboration.Areas.code;
import static org.lln.collaboration.Areas.create;
import static org.lln.collaboration.Areas.member;
import static org.lln.collaboration.Areas.tvet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicReader;

/**
 * Every change of an area, including transitions and action items, reaches {@code lln.collaboration-areas}
 * as a CloudEvent whose data is the area exactly as {@code GET} returns it (DESIGN.md, Change events).
 */
@QuarkusTest
@ActsAsAdmin
class AreaPublishingTest {

    private static final String TOPIC = "lln.collaboration-areas";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Peers peers;

    @Test
    void createdAreaReachesTheTopicWithDataEqualToGet() throws IOException {
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            Map<String, Object> body = tvet(code("published"));
            body.put("partners", List.of(member(peers.activePartner(), "LEAD")));
            String id = create(body);
            JsonNode event = single(reader, id);
            assertThat(event.path("type").asText()).isEqualTo("org.lln.collaboration-area.created");
            assertThat(event.path("source").asText()).isEqualTo("/collaboration-service");
            assertThat(event.path("subject").asText()).isEqualTo("collaboration-areas/" + id);
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.path("data")).isEqualTo(get(id));
        }
    }

    @Test
    void transitionIsPublishedAsUpdateOfTheArea() throws IOException {
        String id = create(tvet(code("published-move")));
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            Areas.move(id, "PROPOSED");
            JsonNode event = single(reader, id);
            assertThat(event.path("type").asText()).isEqualTo("org.lln.collaboration-area.updated");
            assertThat(event.path("data").path("status").asText()).isEqualTo("PROPOSED");
            assertThat(event.path("data")).isEqualTo(get(id));
        }
    }

    @Test
    void actionItemIsPublishedAsUpdateOfTheAreaCarryingIt() throws IOException {
        String id = create(tvet(code("published-action")));
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            String action = given().contentType(ContentType.JSON)
                    .body(item("Visit Saint François Technical High School", null, "2031-05-08", null))
                    .when()
                    .post("/collaboration-areas/" + id + "/actions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            JsonNode event = single(reader, id);
            assertThat(event.path("type").asText()).isEqualTo("org.lln.collaboration-area.updated");
            assertThat(event.path("data").path("version").asLong()).isEqualTo(1);
            assertThat(event.path("data").path("actions").get(0).path("id").asText())
                    .isEqualTo(action);
            assertThat(event.path("data")).isEqualTo(get(id));
        }
    }

    @Test
    void deletionIsPublishedWithIdAndNextVersion() throws IOException {
        String id = create(tvet(code("published-delete")));
        Areas.move(id, "PROPOSED");
        try (TopicReader reader = TopicReader.fromNow(TOPIC)) {
            given().when().delete("/collaboration-areas/" + id).then().statusCode(204);
            JsonNode event = single(reader, id);
            assertThat(event.path("type").asText()).isEqualTo("org.lln.collaboration-area.deleted");
            assertThat(event.path("data")).isEqualTo(JSON.readTree("{\"id\": \"" + id + "\", \"version\": 2}"));
        }
    }

    @Test
    void changeFeedServesThePublishedChange() {
        String id = create(tvet(code("feed")));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> feedContains(id));
    }

    private static boolean feedContains(String id) {
        long after = 0;
        while (true) {
            var page = given().queryParam("after", after)
                    .queryParam("limit", 1000)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(200)
                    .extract();
            if (page.asString().contains(id)) {
                return true;
            }
            long next = ((Number) page.path("next")).longValue();
            if (next == after) {
                return false;
            }
            after = next;
        }
    }

    /** Reads exactly one record keyed by the area id within 20 s (and none more within 1 s). */
    private static JsonNode single(TopicReader reader, String id) throws IOException {
        List<ConsumerRecord<String, String>> records =
                reader.read(r -> id.equals(r.key()), 1, Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertThat(records).hasSize(1);
        return JSON.readTree(records.get(0).value());
    }

    private static JsonNode get(String id) throws IOException {
        return JSON.readTree(given().when()
                .get("/collaboration-areas/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}

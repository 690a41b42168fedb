package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.EmbeddedKafkaBroker;
import org.lln.testsupport.InjectKafkaBroker;
import org.lln.testsupport.TopicReader;

/** What partner changes put on {@code lln.partners}, through the outbox, as a consumer sees it. */
@QuarkusTest
@ActsAsAdmin
class PartnerChangeEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaBroker
    EmbeddedKafkaBroker broker;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createPublishesExactlyOneCloudEventWhoseDataEqualsTheGetBody() throws Exception {
        try (TopicReader topic = TopicReader.fromNow("lln.partners")) {
            long before = System.nanoTime();
            String id = create(department(code("event")));
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> id.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ZERO);
            long delayMillis = (System.nanoTime() - before) / 1_000_000;
            System.out.printf(
                    "Partner create (HTTP round trip included) to record on lln.partners: %d ms%n", delayMillis);
            assertThat(records).hasSize(1);
            assertThat(topic.read(r -> id.equals(r.key()), 1, Duration.ZERO, Duration.ofSeconds(2)))
                    .as("no second copy")
                    .isEmpty();
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo("org.lln.partner.created");
            assertThat(event.path("source").asText()).isEqualTo("/partners-service");
            assertThat(event.path("subject").asText()).isEqualTo("partners/" + id);
            assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.path("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(event.path("time").asText()).endsWith("Z");
            JsonNode body = JSON.readTree(given().when()
                    .get("/partners/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertThat(event.path("data")).isEqualTo(body);
            assertThat(new String(
                            records.get(0).headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
        }
    }

    /**
     * A publisher that dies after the broker acknowledged a record but before it marked the row published leaves
     * the row unpublished; the next publisher finds the record on the topic and marks the row instead of sending
     * it again (no duplicate, and no older version after a newer one).
     */
    @Test
    void aNewPublisherMarksWhatThePreviousOneHadPublishedInsteadOfSendingItAgain() throws Exception {
        try (TopicReader topic = TopicReader.fromNow("lln.partners")) {
            String id = create(department(code("takeover")));
            assertThat(topic.read(r -> id.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ZERO))
                    .hasSize(1);
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                assertThat(s.executeUpdate(
                                "update outbox_event set published_at = null, position = null where event_key = '" + id
                                        + "'"))
                        .as("the row, as the dead publisher left it")
                        .isEqualTo(1);
                // end the publishing session, as the death of its process would: the lock passes to a new session
                s.executeQuery(
                        "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted");
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                try (Connection c = dataSource.getConnection();
                        Statement s = c.createStatement();
                        ResultSet row = s.executeQuery("select published_at is not null and position is not null "
                                + "from outbox_event where event_key = '" + id + "'")) {
                    assertThat(row.next() && row.getBoolean(1))
                            .as("marked published again")
                            .isTrue();
                }
            });
            String other = create(department(code("after-takeover")));
            // the relay publishes in outbox order: a second copy of the first record would come before the new one
            List<ConsumerRecord<String, String>> records = topic.read(
                    r -> id.equals(r.key()) || other.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ofSeconds(3));
            assertThat(records)
                    .extracting(ConsumerRecord::key)
                    .as("the new publisher publishes, and publishes no "
                            + "second copy of the record the previous publisher had published")
                    .containsExactly(other);
        }
    }

    @Test
    void updateAndDeletePublishTheirTypesInOrder() throws Exception {
        try (TopicReader topic = TopicReader.fromNow("lln.partners")) {
            String id = create(department(code("lifecycle")));
            given().contentType("application/merge-patch+json")
                    .body("{\"acronym\":\"NFE\"}")
                    .when()
                    .patch("/partners/" + id)
                    .then()
                    .statusCode(200);
            given().when().delete("/partners/" + id).then().statusCode(204);
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> id.equals(r.key()), 3, Duration.ofSeconds(30), Duration.ofSeconds(1));
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                events.add(JSON.readTree(record.value()));
            }
            assertThat(events)
                    .extracting(e -> e.path("type").asText())
                    .containsExactly("org.lln.partner.created", "org.lln.partner.updated", "org.lln.partner.deleted");
            assertThat(events.get(1).path("data").path("acronym").asText()).isEqualTo("NFE");
            assertThat(events.get(2).path("data")).isEqualTo(JSON.readTree("{\"id\":\"" + id + "\",\"version\":2}"));
        }
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesOnceWhenItReturns() throws Exception {
        assertThat(broker).as("this test needs the embedded broker").isNotNull();
        String prefix = code("outage");
        broker.stop();
        List<String> ids = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> given().when()
                            .get("/q/health/ready")
                            .then()
                            .statusCode(503)
                            .body(
                                    "checks.findAll { it.status == 'DOWN' }.name",
                                    org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Kafka"))));
            given().when().get("/q/health/live").then().statusCode(200);
            for (int i = 0; i < 50; i++) {
                ids.add(create(department(prefix + "-" + i)));
            }
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> given().when().get("/q/health/ready").then().statusCode(200));
        assertThat(ids)
                .as("every write acknowledged with the broker down")
                .hasSize(50)
                .doesNotHaveDuplicates();
        try (TopicReader topic = TopicReader.fromBeginning("lln.partners")) {
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> ids.contains(r.key()), 50, Duration.ofSeconds(90), Duration.ofSeconds(2));
            Map<String, Long> perPartner =
                    records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perPartner).hasSize(50);
            assertThat(perPartner.values()).containsOnly(1L);
        }
    }

    @Test
    void concurrentUpdatesWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        String code = code("race");
        String id = create(department(code));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (String name : List.of("First Writer", "Second Writer")) {
            writers.add(() -> {
                Map<String, Object> body = department(code);
                body.put("name", name);
                start.await();
                return given().contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(body)
                        .when()
                        .put("/partners/" + id)
                        .then()
                        .extract()
                        .statusCode();
            });
        }
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> writer : writers) {
            results.add(pool.submit(writer));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        String winner = given().when()
                .get("/partners/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .path("name");
        assertThat(winner).isIn("First Writer", "Second Writer");
    }

    @Test
    void khmerChineseAndEmojiReachTheEventUnchanged() throws Exception {
        try (TopicReader topic = TopicReader.fromNow("lln.partners")) {
            Map<String, Object> body = department(code("script"));
            body.put("name", "សហគមន៍ 社区学校 🌾");
            String id = create(body);
            List<ConsumerRecord<String, String>> records =
                    topic.read(r -> id.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ZERO);
            assertThat(JSON.readTree(records.get(0).value())
                            .path("data")
                            .path("name")
                            .asText())
                    .isEqualTo("សហគមន៍ 社区学校 🌾");
        }
    }
}

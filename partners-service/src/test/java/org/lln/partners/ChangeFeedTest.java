package org.lln.partners;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lln.partners.PartnerFixtures.code;
import static org.lln.partners.PartnerFixtures.create;
import static org.lln.partners.PartnerFixtures.department;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lln.platform.outbox.OutboxPruner;
import org.lln.testsupport.ActsAsAdmin;

/** The HTTP change feed, as a dashboard that cannot speak Kafka uses it. */
@QuarkusTest
@ActsAsAdmin
class ChangeFeedTest {

    /** A Server-Sent Event as received: its id and data lines. */
    record Sse(long id, String data) {}

    @Test
    void pageListsPublishedChangesAfterAPosition() {
        long start = given().queryParam("limit", 1000)
                .when()
                .get("/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("next");
        String id = create(department(code("feed")));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().queryParam("after", start)
                        .when()
                        .get("/changes")
                        .then()
                        .statusCode(200)
                        .body(
                                "items.find { it.event.data.id == '" + id + "' }.event.type",
                                equalTo("org.lln.partner.created"))
                        .body("items.find { it.event.data.id == '" + id + "' }.topic", equalTo("lln.partners")));
    }

    @Test
    void aReaderResumingFromBeforeTheRetentionHorizonIsToldToResynchronise() throws Exception {
        String id = create(department(code("pruned")));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        given().when().get("/changes?limit=1000").asString().contains(id));
        long before = given().queryParam("limit", 1000)
                .when()
                .get("/changes")
                .then()
                .extract()
                .jsonPath()
                .getLong("next");
        Arc.container()
                .instance(OutboxPruner.class)
                .get()
                .pruneOlderThan(Instant.now().plusSeconds(1));

        given().queryParam("after", 0)
                .when()
                .get("/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lln:problem:gone"))
                .body("detail", containsString("Resynchronise from the list endpoints"));
        HttpResponse<String> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/changes/stream"))
                                .header("Accept", "text/event-stream")
                                .header("Last-Event-ID", "0")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(410);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        // resuming from the horizon itself misses nothing, so it is served
        given().queryParam("after", before).when().get("/changes").then().statusCode(200);
        given().when().get("/changes").then().statusCode(200);
    }

    @Test
    void refusesBadCursorParameters() {
        given().queryParam("after", -1)
                .when()
                .get("/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 0)
                .when()
                .get("/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("after", "x")
                .when()
                .get("/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void streamDeliversAChangeMadeAfterConnectingAndResumesFromLastEventId() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        BlockingQueue<Sse> first = new LinkedBlockingQueue<>();
        var connection = open(client, latestPosition(), first);
        String liveId = create(department(code("live")));
        Sse live = awaitEventFor(first, liveId);
        connection.cancel(true);

        String missedA = create(department(code("missed-a")));
        String missedB = create(department(code("missed-b")));
        BlockingQueue<Sse> resumed = new LinkedBlockingQueue<>();
        var second = open(client, live.id(), resumed);
        Sse a = awaitEventFor(resumed, missedA);
        Sse b = awaitEventFor(resumed, missedB);
        second.cancel(true);
        assertThat(a.id()).isGreaterThan(live.id());
        assertThat(b.id()).isGreaterThan(a.id());
    }

    /** @return the position of the latest published change, paging through the feed */
    private static long latestPosition() {
        long after = given().queryParam("limit", 1000)
                .when()
                .get("/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("next");
        while (true) {
            long next = given().queryParam("after", after)
                    .queryParam("limit", 1000)
                    .when()
                    .get("/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("next");
            if (next == after) {
                return after;
            }
            after = next;
        }
    }

    private static CompletableFuture<Void> open(HttpClient client, Long lastEventId, BlockingQueue<Sse> sink) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/changes/stream"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    assertThat(response.statusCode()).isEqualTo(200);
                    parse(response.body(), sink);
                });
    }

    private static void parse(Stream<String> lines, BlockingQueue<Sse> sink) {
        List<String> event = new ArrayList<>();
        lines.forEach(line -> {
            if (!line.isEmpty()) {
                event.add(line);
                return;
            }
            Long id = null;
            StringBuilder data = new StringBuilder();
            for (String field : event) {
                if (field.startsWith("id:")) {
                    id = Long.parseLong(field.substring(3).trim());
                } else if (field.startsWith("data:")) {
                    data.append(field.substring(5));
                }
            }
            if (id != null) {
                sink.add(new Sse(id, data.toString()));
            }
            event.clear();
        });
    }

    private static Sse awaitEventFor(BlockingQueue<Sse> events, String partnerId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Sse event = events.poll(200, TimeUnit.MILLISECONDS);
            if (event != null && event.data().contains(partnerId)) {
                return event;
            }
        }
        throw new AssertionError("No server-sent event for partner " + partnerId);
    }
}

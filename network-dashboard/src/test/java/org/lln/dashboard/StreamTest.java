package org.lln.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lln.dashboard.Changes.newId;
import static org.lln.dashboard.Changes.partner;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /api/stream}: a snapshot on connect, a delta per applied change, and resumption with Last-Event-ID. */
@QuarkusTest
class StreamTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/api/stream")
    URI stream;

    @Test
    void sendsASnapshotOnConnectThenADeltaPerChange() throws Exception {
        try (SseClient client = new SseClient(stream, null);
                Changes changes = new Changes()) {
            SseClient.Event snapshot = client.next(WAIT);
            assertThat(snapshot.name()).isEqualTo("snapshot");
            assertThat(snapshot.id()).isEqualTo(snapshot.data().path("position").asText());
            long partners = snapshot.data().path("counters").path("partners").asLong();

            changes.send(
                    "partner",
                    "created",
                    partner(newId(), 1, "Kampot Community Learning Centre", "COMMUNITY_LEARNING_CENTRE", "KH"));
            SseClient.Event delta = client.next(WAIT);
            assertThat(delta.name()).isEqualTo("delta");
            assertThat(delta.data().path("change").path("label").asText())
                    .isEqualTo("Kampot Community Learning Centre");
            assertThat(delta.data().path("counters").path("partners").asLong()).isEqualTo(partners + 1);
            assertThat(delta.data().has("partners"))
                    .as("partner figures changed")
                    .isTrue();
            assertThat(delta.data().has("collaborationAreas"))
                    .as("area figures did not change")
                    .isFalse();
            assertThat(delta.id())
                    .isEqualTo(delta.data().path("position").asText())
                    .isNotEqualTo(snapshot.id());
        }
    }

    @Test
    void aClientReconnectingWithLastEventIdGetsOnlyTheDeltasItMissed() throws Exception {
        String seen;
        try (SseClient first = new SseClient(stream, null)) {
            seen = first.next(WAIT).id();
        }
        try (Changes changes = new Changes()) {
            changes.send("partner", "created", partner(newId(), 1, "Missed one", "NGO", "KH"));
            changes.send("partner", "created", partner(newId(), 1, "Missed two", "NGO", "KH"));
        }
        AggregatesTest.awaitSummary(s -> s.getList("latestChanges.label").contains("Missed two"));
        try (SseClient again = new SseClient(stream, seen)) {
            SseClient.Event one = again.next(WAIT);
            SseClient.Event two = again.next(WAIT);
            assertThat(one.name()).isEqualTo("delta");
            assertThat(one.data().path("change").path("label").asText()).isEqualTo("Missed one");
            assertThat(two.data().path("change").path("label").asText()).isEqualTo("Missed two");
        }
    }

    @Test
    void aCurrentClientGetsNoSnapshotAndAnUnknownPositionGetsOne() throws Exception {
        String current = AggregatesTest.summary().getString("position");
        try (SseClient resumed = new SseClient(stream, current);
                SseClient stranger = new SseClient(stream, "older-instance.7");
                Changes changes = new Changes()) {
            assertThat(stranger.next(WAIT).name()).isEqualTo("snapshot");
            changes.send("partner", "created", partner(newId(), 1, "After resumption", "NGO", "KH"));
            SseClient.Event first = resumed.next(WAIT);
            assertThat(first.name()).isEqualTo("delta");
            assertThat(first.data().path("change").path("label").asText()).isEqualTo("After resumption");
        }
    }
}

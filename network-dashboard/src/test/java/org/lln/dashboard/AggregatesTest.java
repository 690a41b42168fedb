package org.lln.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lln.dashboard.Changes.action;
import static org.lln.dashboard.Changes.area;
import static org.lln.dashboard.Changes.deleted;
import static org.lln.dashboard.Changes.event;
import static org.lln.dashboard.Changes.newId;
import static org.lln.dashboard.Changes.partner;
import static org.lln.dashboard.Changes.series;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.ResourceType;
import org.lln.testsupport.TopicWriter;

/**
 * Records fed through a real broker, as the owning services publish them, give the right aggregates:
 * repeats and older versions change nothing, a deletion removes, a poison record is skipped and counted.
 * Each test uses countries, months or themes of its own, so the shared topics do not disturb it.
 */
@QuarkusTest
class AggregatesTest {

    @Test
    void repeatedAndOlderEventsChangeNothing() {
        long appliedBefore = summary().getLong("consumption.appliedChanges");
        String id = newId();
        try (Changes changes = new Changes()) {
            UUID created = changes.send(
                    "partner", "created", partner(id, 1, "Vientiane CLC", "COMMUNITY_LEARNING_CENTRE", "LA"));
            changes.send(
                    created, "partner", "created", partner(id, 1, "Vientiane CLC", "COMMUNITY_LEARNING_CENTRE", "LA"));
            changes.send("partner", "updated", partner(id, 3, "Hanoi CLC", "COMMUNITY_LEARNING_CENTRE", "VN"));
            changes.send("partner", "updated", partner(id, 2, "Bangkok CLC", "COMMUNITY_LEARNING_CENTRE", "TH"));
            changes.send("partner", "created", partner(newId(), 1, "Yangon marker", "NGO", "MM"));
        }
        JsonPath summary = awaitSummary(s -> s.getLong("partners.byCountry.MM") == 1);
        assertThat(summary.getMap("partners.byCountry")).containsEntry("VN", 1).doesNotContainKeys("LA", "TH");
        assertThat(summary.getLong("consumption.appliedChanges") - appliedBefore)
                .as("created, updated v3, marker")
                .isEqualTo(3);
        assertThat(summary.getList("latestChanges.label")).contains("Hanoi CLC").doesNotContain("Bangkok CLC");
    }

    @Test
    void deletionRemovesTheAreaAndALateUpdateCannotBringItBack() {
        JsonPath before = summary();
        String id = newId();
        Map<String, Object> area = area(
                id,
                2,
                "Education for sustainable development",
                "ESD",
                "PROPOSED",
                List.of(
                        action("Draft a concept note", "2020-01-31", "OPEN"),
                        action("Hold the kick-off", "2020-02-28", "DONE"),
                        action("Report to the network", "2999-12-31", "IN_PROGRESS")));
        try (Changes changes = new Changes()) {
            changes.send("collaboration-area", "created", area);
            JsonPath created = awaitSummary(s -> s.getLong("collaborationAreas.byTheme.ESD") == 1);
            assertThat(created.getLong("collaborationAreas.byStatus.PROPOSED"))
                    .isEqualTo(before.getLong("collaborationAreas.byStatus.PROPOSED") + 1);
            assertThat(created.getList("overdueActions.title"))
                    .containsOnlyOnce("Draft a concept note")
                    .doesNotContain("Hold the kick-off", "Report to the network");
            assertThat(created.getLong("counters.overdueActions"))
                    .isEqualTo(before.getLong("counters.overdueActions") + 1);

            changes.send("collaboration-area", "deleted", deleted(id, 3));
            changes.send("collaboration-area", "updated", area(id, 2, "Late copy", "ESD", "AGREED", List.of()));
            changes.send(
                    "collaboration-area",
                    "created",
                    area(newId(), 0, "Marker area", "RURAL_DEVELOPMENT", "IDENTIFIED", List.of()));
        }
        JsonPath after = awaitSummary(s -> s.getLong("collaborationAreas.byTheme.RURAL_DEVELOPMENT") == 1);
        assertThat(after.getMap("collaborationAreas.byTheme")).doesNotContainKey("ESD");
        assertThat(after.getLong("counters.collaborationAreas"))
                .isEqualTo(before.getLong("counters.collaborationAreas") + 1);
        assertThat(after.getLong("collaborationAreas.byStatus.AGREED"))
                .isEqualTo(before.getLong("collaborationAreas.byStatus.AGREED"));
        assertThat(after.getLong("counters.overdueActions")).isEqualTo(before.getLong("counters.overdueActions"));
        Map<String, Object> deletion =
                after.getMap("latestChanges.find { it.id == '" + id + "' && it.action == 'deleted' }");
        assertThat(deletion)
                .containsEntry("label", "Education for sustainable development")
                .containsEntry("version", 3);
    }

    @Test
    void poisonRecordsAreSkippedAndCountedWhileConsumptionGoesOn() {
        long skippedBefore = summary().getLong("consumption.skippedRecords");
        String workshop = newId();
        try (Changes changes = new Changes()) {
            changes.sendRaw("lln.events", "not JSON at all");
            changes.sendRaw(
                    "lln.events",
                    "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/events-service\","
                            + "\"type\":\"org.lln.unknown.created\",\"data\":{\"id\":\"x\",\"version\":1}}");
            changes.sendRaw(
                    "lln.events",
                    "{\"specversion\":\"1.0\",\"id\":\"y\",\"source\":\"/events-service\","
                            + "\"type\":\"org.lln.event.created\",\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"y\"}}");
            changes.send("event", "created", event(workshop, 1, "Kampot-like workshop", "WORKSHOP", "2031-05-06", 116));
            changes.send("event", "created", event(newId(), 1, "Site visit", "SITE_VISIT", "2031-05-08", null));
            changes.send("event-series", "created", series(newId(), 1, "missions-2031", "Missions"));
        }
        JsonPath summary = awaitSummary(s -> s.getList("events.perMonth.month").contains("2031-05")
                && s.getLong("events.perMonth.find { it.month == '2031-05' }.events") == 2);
        assertThat(summary.getLong("events.perMonth.find { it.month == '2031-05' }.attendees"))
                .isEqualTo(116);
        assertThat(summary.getLong("consumption.skippedRecords") - skippedBefore)
                .isEqualTo(3);
        assertThat(summary.getLong("counters.eventSeries")).isPositive();
        assertThat(summary.getLong("counters.attendees")).isGreaterThanOrEqualTo(116);
        assertThat(summary.getMap("latestChanges.find { it.id == '" + workshop + "' }"))
                .containsEntry("resource", "event")
                .containsEntry("action", "created")
                .containsEntry("href", "http://localhost:8082/events/" + workshop)
                .containsEntry("swaggerUi", "http://localhost:8082/q/swagger-ui/#/Events/getEvent");
    }

    @Test
    void aPartnerThatBreaksThePartnerSchemaIsSkippedNotCounted() {
        long skippedBefore = summary().getLong("consumption.skippedRecords");
        String marker = newId();
        Map<String, Object> fake = new LinkedHashMap<>(
                Map.of("id", newId(), "version", 1, "name", 42, "type", "NOT_A_TYPE", "countryCode", List.of("x")));
        try (Changes changes = new Changes()) {
            changes.sendRaw(
                    "lln.partners",
                    marker,
                    TopicWriter.unchecked(ResourceType.PARTNER, ChangeType.CREATED, fake)
                            .json());
            changes.send("partner", "created", partner(marker, 0, "Brunei marker", "NGO", "BN"));
        }
        JsonPath summary = awaitSummary(s -> s.getList("latestChanges.id").contains(marker));
        assertThat(summary.getMap("partners.byType")).doesNotContainKey("NOT_A_TYPE");
        assertThat(summary.getLong("consumption.skippedRecords") - skippedBefore)
                .isEqualTo(1);
    }

    static JsonPath summary() {
        return given().when()
                .get("/api/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath awaitSummary(Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = summary();
                    try {
                        return condition.test(last[0]);
                    } catch (RuntimeException e) {
                        return false;
                    }
                });
        return last[0];
    }
}

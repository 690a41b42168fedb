package org.lln.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.EncodedChange;
import org.lln.contract.ResourceType;

/**
 * The platform's read-model promises, as a client of a consuming service sees them (DESIGN.md, Change
 * events: consumers are idempotent and order-tolerant; only a record that can never apply goes to the
 * dead-letter topic, with its reason, and consumption goes on). Records go to a real broker as the owning
 * service would publish them; what they did is read through the service's
 * {@code GET /read-models/{resource}/{id}} and its dead-letter topic. Before a check that a record changed
 * nothing, a later record on the same partition must have been applied, so the check cannot pass merely
 * because the record was not consumed yet.
 *
 * <p>The promises belong to the platform, not to a service: one service's test runs them, extending this
 * class with {@code @QuarkusTest} and naming what differs.
 */
public abstract class ReadModelSemantics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records that can never apply. */
    protected enum Poison {
        /** a change event cut short */
        NOT_JSON,
        /** the resource's data without the CloudEvents envelope */
        NOT_A_CLOUD_EVENT,
        /** a change event whose type names no resource of the suite */
        UNKNOWN_TYPE,
        /** a change event whose data lacks what the resource's schema requires */
        DATA_BREAKING_THE_SCHEMA
    }

    private TopicWriter writer;

    /** @return the service's dead-letter topic, {@code <consumer group>.dlq} */
    protected abstract String deadLetterTopic();

    /** @return a resource type whose topic the service consumes */
    protected abstract ResourceType consumed();

    /**
     * @param id      the resource id
     * @param version the resource version
     * @return the resource as its owner's {@code GET} returns it: valid data for a change event
     */
    protected abstract Map<String, Object> data(UUID id, long version);

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter();
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aCloudEventIdSeenBeforeChangesNothingEvenWithAHigherVersion() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        writer.send(TopicWriter.change(eventId, consumed(), ChangeType.CREATED, data(id, 0)));
        awaitVersion(id, 0);
        writer.send(TopicWriter.change(eventId, consumed(), ChangeType.CREATED, data(id, 0)));
        writer.send(TopicWriter.change(eventId, consumed(), ChangeType.UPDATED, data(id, 1)));
        awaitTheNextRecordOnThePartitionOf(id.toString());
        assertThat(version(id)).isZero();
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        writer.send(TopicWriter.change(consumed(), ChangeType.UPDATED, data(id, 2)));
        awaitVersion(id, 2);
        writer.send(TopicWriter.change(consumed(), ChangeType.CREATED, data(id, 0)));
        writer.send(TopicWriter.change(consumed(), ChangeType.UPDATED, data(id, 1)));
        awaitTheNextRecordOnThePartitionOf(id.toString());
        assertThat(version(id)).isEqualTo(2);
    }

    @Test
    void aDeletionArrivingBeforeTheCreationKeepsTheResourceDeletedAndALateUpdateDoesNotReviveIt() {
        UUID id = UUID.randomUUID();
        writer.send(TopicWriter.change(consumed(), ChangeType.DELETED, new Deleted(id, 3)));
        writer.send(TopicWriter.change(consumed(), ChangeType.CREATED, data(id, 0)));
        writer.send(TopicWriter.change(consumed(), ChangeType.UPDATED, data(id, 2)));
        awaitTheNextRecordOnThePartitionOf(id.toString());
        assertThat(readModel(consumed().typeName(), id).statusCode()).isEqualTo(404);
    }

    /**
     * The record reaches the dead-letter topic unchanged, with its reason and origin in its headers; the next
     * record on its partition is applied; and no read model holds the resource the record names.
     */
    @ParameterizedTest
    @EnumSource(Poison.class)
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextRecordIsApplied(Poison poison)
            throws JsonProcessingException {
        UUID id = UUID.randomUUID();
        String key = id.toString();
        String value = value(poison, id);
        try (TopicReader deadLetters = TopicReader.fromNow(deadLetterTopic())) {
            writer.send(consumed().topic(), key, value);
            awaitTheNextRecordOnThePartitionOf(key);
            List<ConsumerRecord<String, String>> dead =
                    deadLetters.read(r -> key.equals(r.key()), 1, TIMEOUT, Duration.ZERO);
            assertThat(dead).as("dead letters keyed " + key).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(value);
            assertThat(header(dead.get(0), "dead-letter-reason")).startsWith(reason(poison));
            assertThat(header(dead.get(0), "dead-letter-topic"))
                    .isEqualTo(consumed().topic());
        }
        for (ResourceType type : ResourceType.values()) {
            assertThat(readModel(type.typeName(), id).statusCode())
                    .as("read model of " + type.typeName() + " " + id)
                    .isEqualTo(404);
        }
    }

    /** Valid records sent back to back, so applied in few polls: none is skipped. */
    @Test
    void everyValidRecordIsApplied() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            writer.send(TopicWriter.change(consumed(), ChangeType.CREATED, data(id, 0)));
        }
        ids.forEach(id -> awaitVersion(id, 0));
    }

    private String value(Poison poison, UUID id) throws JsonProcessingException {
        EncodedChange change = TopicWriter.change(consumed(), ChangeType.CREATED, data(id, 0));
        return switch (poison) {
            case NOT_JSON -> change.json().substring(0, change.json().length() / 2);
            case NOT_A_CLOUD_EVENT -> JSON.writeValueAsString(data(id, 0));
            case UNKNOWN_TYPE -> change.json().replace("\"" + change.type() + "\"", "\"com.example.thing.created\"");
            case DATA_BREAKING_THE_SCHEMA -> {
                Map<String, Object> idAndVersionOnly = new LinkedHashMap<>();
                idAndVersionOnly.put("id", id.toString());
                idAndVersionOnly.put("version", 0);
                yield TopicWriter.unchecked(consumed(), ChangeType.CREATED, idAndVersionOnly)
                        .json();
            }
        };
    }

    private String reason(Poison poison) {
        return switch (poison) {
            case NOT_JSON, NOT_A_CLOUD_EVENT -> "not a CloudEvents JSON document";
            case UNKNOWN_TYPE -> "unknown CloudEvent type com.example.thing.created";
            case DATA_BREAKING_THE_SCHEMA -> "data is not a valid " + consumed().typeName() + ":";
        };
    }

    /**
     * Sends the creation of another resource keyed {@code key}, so on the same partition, and waits until it
     * is applied: every record sent before it with that key has been consumed.
     */
    private void awaitTheNextRecordOnThePartitionOf(String key) {
        UUID next = UUID.randomUUID();
        writer.send(
                consumed().topic(),
                key,
                TopicWriter.change(consumed(), ChangeType.CREATED, data(next, 0))
                        .json());
        awaitVersion(next, 0);
    }

    private void awaitVersion(UUID id, long version) {
        await().atMost(TIMEOUT)
                .pollInterval(POLL)
                .untilAsserted(
                        () -> assertThat(version(id)).as("version of " + id).isEqualTo(version));
    }

    /** @return the version the read model holds, or null when it holds none */
    private Long version(UUID id) {
        Response response = readModel(consumed().typeName(), id);
        return response.statusCode() == 404
                ? null
                : response.then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static Response readModel(String resourceType, UUID id) {
        return given().when().get("/read-models/{resourceType}/{id}", resourceType, id);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}

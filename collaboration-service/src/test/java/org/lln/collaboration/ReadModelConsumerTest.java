package org.lln.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.testsupport.ActsAsAdmin;
import org.lln.testsupport.TopicReader;
import org.lln.testsupport.TopicWriter;

/**
 * The read models of {@code lln.partners} and {@code lln.events}: idempotent, order-tolerant, and a
 * poison record goes to {@code collaboration-service.dlq} while consumption goes on.
 */
@QuarkusTest
@ActsAsAdmin
class ReadModelConsumerTest {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumerTest.class);

    @Inject
    Peers peers;

    @Test
    void duplicatedEventChangesNothing() {
        UUID partner = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        peers.send(eventId, ResourceType.PARTNER, ChangeType.CREATED, Peers.partner(partner, 0, "ACTIVE"));
        peers.awaitCurrent("partner", partner, Optional::isPresent);
        peers.send(eventId, ResourceType.PARTNER, ChangeType.UPDATED, Peers.partner(partner, 1, "ARCHIVED"));
        awaitLaterRecordOnSamePartition(Peers.PARTNERS, partner);
        JsonNode current = peers.current("partner", partner).orElseThrow();
        assertThat(current.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(current.path("version").asLong()).isZero();
    }

    @Test
    void olderEventArrivingLateChangesNothing() {
        UUID event = UUID.randomUUID();
        Map<String, Object> v2 = Peers.event(event, 2);
        v2.put("title", "Meeting with SEAMEO TED (minutes approved)");
        peers.send(UUID.randomUUID(), ResourceType.EVENT, ChangeType.UPDATED, v2);
        peers.awaitCurrent("event", event, Optional::isPresent);
        peers.send(UUID.randomUUID(), ResourceType.EVENT, ChangeType.CREATED, Peers.event(event, 0));
        peers.send(UUID.randomUUID(), ResourceType.EVENT, ChangeType.UPDATED, Peers.event(event, 1));
        awaitLaterRecordOnSamePartition(Peers.EVENTS, event);
        JsonNode current = peers.current("event", event).orElseThrow();
        assertThat(current.path("version").asLong()).isEqualTo(2);
        assertThat(current.path("title").asText()).isEqualTo("Meeting with SEAMEO TED (minutes approved)");
    }

    @Test
    void deletionArrivingBeforeCreationKeepsThePartnerDeleted() {
        UUID partner = UUID.randomUUID();
        peers.send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.DELETED, new Deleted(partner, 3));
        peers.send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.CREATED, Peers.partner(partner, 0, "ACTIVE"));
        awaitLaterRecordOnSamePartition(Peers.PARTNERS, partner);
        assertThat(peers.current("partner", partner)).isEmpty();
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndTheNextRecordIsApplied() {
        String poison = "{\"specversion\": \"1.0\", \"type\": \"not-a-cloud-event\" " + UUID.randomUUID();
        peers.sendRaw(Peers.PARTNERS, "poison", poison);
        UUID next = UUID.randomUUID();
        peers.send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.CREATED, Peers.partner(next, 0, "ACTIVE"));
        peers.awaitCurrent("partner", next, Optional::isPresent);
        try (TopicReader dlq = TopicReader.fromBeginning("collaboration-service.dlq")) {
            List<ConsumerRecord<String, String>> dead =
                    dlq.read(r -> poison.equals(r.value()), 1, Duration.ofSeconds(20), Duration.ZERO);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).headers().lastHeader("dead-letter-reason")).isNotNull();
            LOG.infof(
                    "dead-letter reason: %s",
                    new String(
                            dead.get(0)
                                    .headers()
                                    .lastHeader("dead-letter-reason")
                                    .value(),
                            StandardCharsets.UTF_8));
        }
    }

    @Test
    void eventOfUnknownTypeGoesToDeadLetterTopic() {
        UUID id = UUID.randomUUID();
        String unknownType = TopicWriter.change(ResourceType.EVENT, ChangeType.CREATED, Peers.event(id, 0))
                .json()
                .replace("\"org.lln.event.created\"", "\"com.example.thing.created\"");
        peers.sendRaw(Peers.EVENTS, id.toString(), unknownType);
        awaitLaterRecordOnSamePartition(Peers.EVENTS, id);
        try (TopicReader dlq = TopicReader.fromBeginning("collaboration-service.dlq")) {
            assertThat(dlq.read(r -> r.value().contains(id.toString()), 1, Duration.ofSeconds(20), Duration.ZERO))
                    .hasSize(1);
        }
        assertThat(peers.current("event", id)).isEmpty();
    }

    @Test
    void partnerThatBreaksItsSchemaGoesToDeadLetterTopicUnapplied() {
        UUID id = UUID.randomUUID();
        Map<String, Object> fake = Map.of(
                "id", id.toString(), "version", 1, "name", 42, "type", "NOT_A_TYPE", "countryCode", List.of("x"));
        peers.sendRaw(
                Peers.PARTNERS,
                id.toString(),
                TopicWriter.unchecked(ResourceType.PARTNER, ChangeType.CREATED, fake)
                        .json());
        awaitLaterRecordOnSamePartition(Peers.PARTNERS, id);
        try (TopicReader dlq = TopicReader.fromBeginning("collaboration-service.dlq")) {
            List<ConsumerRecord<String, String>> dead =
                    dlq.read(r -> r.value().contains(id.toString()), 1, Duration.ofSeconds(20), Duration.ZERO);
            assertThat(dead).hasSize(1);
            assertThat(new String(
                            dead.get(0)
                                    .headers()
                                    .lastHeader("dead-letter-reason")
                                    .value(),
                            StandardCharsets.UTF_8))
                    .contains("data is not a valid partner")
                    .contains("/type");
        }
        assertThat(peers.current("partner", id)).isEmpty();
    }

    /**
     * Every CloudEvent a peer publishes reaches this service's read model, partners and events alike (how long it
     * takes is a figure of the benchmark and of {@code lln_readmodel_time_to_applied_seconds}, not of a test).
     */
    @Test
    void everyPeerEventReachesTheReadModel() {
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            boolean partner = i % 2 == 0;
            if (partner) {
                peers.send(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.CREATED, Peers.partner(id, 0, "ACTIVE"));
            } else {
                peers.send(UUID.randomUUID(), ResourceType.EVENT, ChangeType.CREATED, Peers.event(id, 0));
            }
            peers.awaitCurrent(partner ? "partner" : "event", id, Optional::isPresent);
        }
    }

    /** Sends a marker for another resource on the same key (same partition) and waits until it is applied. */
    private void awaitLaterRecordOnSamePartition(String topic, UUID key) {
        UUID marker = UUID.randomUUID();
        boolean partners = topic.equals(Peers.PARTNERS);
        Map<String, Object> data = partners ? Peers.partner(marker, 0, "ACTIVE") : Peers.event(marker, 0);
        String value = TopicWriter.change(
                        partners ? ResourceType.PARTNER : ResourceType.EVENT, ChangeType.CREATED, data)
                .json();
        peers.sendRaw(topic, key.toString(), value);
        peers.awaitCurrent(partners ? "partner" : "event", marker, Optional::isPresent);
    }
}

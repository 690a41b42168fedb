package org.lln.faults;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A plain Kafka producer of the harness's own that puts records no service wrote onto {@code lln.partners}:
 * three poison records (not a CloudEvent; a CloudEvent of an unknown type; a partner event whose data has a UUID
 * {@code id} and an integer {@code version} but is not a partner), an exact duplicate of a real record, and an
 * older version of a partner after its newer one (under a fresh CloudEvent id, so only the version check can
 * reject it).
 */
final class Injector implements AutoCloseable {

    private static final String TOPIC = "lln.partners";

    private final KafkaProducer<byte[], byte[]> producer;
    private final ArrayNode described = Api.JSON.createArrayNode();

    /** @param bootstrapServers the broker */
    Injector(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class.getName()));
    }

    /**
     * @param older  a real record of a partner
     * @param newest a later record of the same partner, with a higher version
     * @return what was injected: the ids and positions that are not the relay's, and the poison values
     */
    Injected inject(TopicRecords.Entry older, TopicRecords.Entry newest) {
        List<byte[]> poison = new ArrayList<>();
        List<String> poisonPositions = new ArrayList<>();
        Set<String> poisonIds = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        Set<String> positions = new HashSet<>();

        String notCloudEventKey = UUID.randomUUID().toString();
        byte[] notCloudEvent = ("this is not a CloudEvent (fault injection " + notCloudEventKey + ")")
                .getBytes(StandardCharsets.UTF_8);
        poisonPositions.add(position(send(notCloudEventKey, notCloudEvent, "poison: not a CloudEvent")));
        poison.add(notCloudEvent);
        poisonIds.add(notCloudEventKey);

        String unknownId = UUID.randomUUID().toString();
        ObjectNode unknown = cloudEvent("org.lln.spaceship.created", "spaceships/" + unknownId);
        unknown.putObject("data").put("id", unknownId).put("version", 1).put("name", "not a resource of the suite");
        byte[] unknownBytes = bytes(unknown);
        poisonPositions.add(position(
                send(unknownId, unknownBytes, "poison: CloudEvent of unknown type org.lln.spaceship.created")));
        poison.add(unknownBytes);
        poisonIds.add(unknownId);

        String notPartnerId = UUID.randomUUID().toString();
        ObjectNode notPartner = cloudEvent("org.lln.partner.created", "partners/" + notPartnerId);
        ObjectNode data = notPartner
                .putObject("data")
                .put("id", notPartnerId)
                .put("version", 1)
                .put("name", 42)
                .put("type", "NOT_A_TYPE");
        data.putArray("countryCode").add("x");
        byte[] notPartnerBytes = bytes(notPartner);
        poisonPositions.add(position(
                send(notPartnerId, notPartnerBytes, "poison: org.lln.partner.created whose data is not a partner")));
        poison.add(notPartnerBytes);
        poisonIds.add(notPartnerId);

        RecordMetadata duplicate = send(
                newest.key(),
                newest.value(),
                "duplicate of " + newest.eventId() + " (partner " + newest.dataId() + " v" + newest.version() + ")");
        eventIds.add(newest.eventId());
        positions.add(position(duplicate));

        try {
            ObjectNode stale = (ObjectNode) Api.JSON.readTree(older.value());
            String staleId = UUID.randomUUID().toString();
            stale.put("id", staleId);
            RecordMetadata out = send(
                    older.key(),
                    bytes(stale),
                    "older version v" + older.version() + " of partner " + older.dataId() + " after v"
                            + newest.version() + ", new CloudEvent id " + staleId);
            positions.add(position(out));
        } catch (IOException e) {
            throw new IllegalStateException("a real record is not JSON", e);
        }
        return new Injected(eventIds, positions, poison, poisonPositions, poisonIds);
    }

    private static String position(RecordMetadata metadata) {
        return TOPIC + ":" + metadata.partition() + ":" + metadata.offset();
    }

    /** @return one line per injected record */
    String describe() {
        List<String> lines = new ArrayList<>();
        described.forEach(d -> lines.add(d.path("what").asText()));
        return String.join("; ", lines);
    }

    /** @return the injected records, for the report */
    ArrayNode describeJson() {
        return described;
    }

    private static ObjectNode cloudEvent(String type, String subject) {
        return Api.JSON
                .createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/faults")
                .put("type", type)
                .put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString())
                .put("datacontenttype", "application/json");
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private RecordMetadata send(String key, byte[] value, String what) {
        try {
            RecordMetadata metadata = producer.send(
                            new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
            described
                    .addObject()
                    .put("what", what)
                    .put("partition", metadata.partition())
                    .put("offset", metadata.offset());
            return metadata;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot inject onto " + TOPIC, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

package org.lln.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The envelope as the outbox writes it, read back, and every kind of record a consumer must refuse. */
class ChangeEventCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2025-05-10T08:00:00.123456789Z");

    private final ChangeEventEncoder encoder = new ChangeEventEncoder(
            new ObjectMapper().findAndRegisterModules(), Clock.fixed(NOW, ZoneId.of("Asia/Phnom_Penh")));
    private final ChangeEventDecoder decoder = new ChangeEventDecoder();

    @Test
    void writesTheSuitesEnvelope() throws IOException {
        ObjectNode partner = sample("partner");
        EncodedChange encoded = encoder.encode(ResourceType.PARTNER, ChangeType.UPDATED, partner);

        JsonNode envelope = JSON.readTree(encoded.cloudEvent());
        assertThat(envelope.get("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.get("id").asText()).isEqualTo(encoded.eventId().toString());
        assertThat(envelope.get("source").asText()).isEqualTo("/partners-service");
        assertThat(envelope.get("type").asText()).isEqualTo("org.lln.partner.updated");
        assertThat(envelope.get("subject").asText()).isEqualTo("partners/8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01");
        assertThat(envelope.get("time").asText()).isEqualTo("2025-05-10T08:00:00.123456Z");
        assertThat(envelope.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(envelope.get("data")).isEqualTo(partner);
        assertThat(encoded.topic()).isEqualTo("lln.partners");
        assertThat(encoded.key()).isEqualTo("8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01");
        assertThat(encoded.type()).isEqualTo("org.lln.partner.updated");
        assertThat(encoded.version()).isZero();
    }

    @Test
    void namesTheActorInExtensionAttributesAndADeletionsDataStaysBare() throws IOException {
        UUID moeys = UUID.fromString("1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a80");
        JsonNode envelope = JSON.readTree(
                encoder.encode(ResourceType.PARTNER, ChangeType.UPDATED, sample("partner"), "moeys-registry", moeys)
                        .cloudEvent());
        assertThat(envelope.get("actor").asText()).isEqualTo("moeys-registry");
        assertThat(envelope.get("actorpartner").asText()).isEqualTo(moeys.toString());

        EncodedChange deleted = encoder.encode(
                ResourceType.PARTNER,
                ChangeType.DELETED,
                new Deleted(UUID.fromString("8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"), 3),
                "lln-secretariat",
                null);
        JsonNode bySecretariat = JSON.readTree(deleted.cloudEvent());
        assertThat(bySecretariat.get("actor").asText()).isEqualTo("lln-secretariat");
        assertThat(bySecretariat.has("actorpartner")).isFalse();
        assertThat(decoder.decode(deleted.cloudEvent()).version()).isEqualTo(3);
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        for (ResourceType resource : ResourceType.values()) {
            ObjectNode data = sample(resource.typeName());
            EncodedChange encoded = encoder.encode(resource, ChangeType.CREATED, data);

            ChangeEvent event = decoder.decode(encoded.cloudEvent());

            assertThat(event)
                    .isEqualTo(new ChangeEvent(
                            encoded.eventId(),
                            resource.source(),
                            resource,
                            ChangeType.CREATED,
                            UUID.fromString(data.get("id").asText()),
                            data.get("version").asLong(),
                            OffsetDateTime.of(2025, 5, 10, 8, 0, 0, 123_456_000, ZoneOffset.UTC),
                            data));
        }
    }

    @Test
    void readsBackADeletion() {
        UUID id = UUID.randomUUID();
        EncodedChange encoded = encoder.encode(ResourceType.EVENT_SERIES, ChangeType.DELETED, new Deleted(id, 4));

        ChangeEvent event = decoder.decode(encoded.cloudEvent());

        assertThat(event.deleted()).isTrue();
        assertThat(event.type()).isEqualTo("org.lln.event-series.deleted");
        assertThat(event.resourceId()).isEqualTo(id);
        assertThat(event.version()).isEqualTo(4);
        assertThat(encoded.topic()).isEqualTo("lln.events");
    }

    @Test
    void writesRecordsAndJavaTimeAsGetReturnsThem() {
        UUID id = UUID.randomUUID();
        EncodedChange encoded = new ChangeEventEncoder()
                .encode(
                        ResourceType.EVENT_SERIES,
                        ChangeType.CREATED,
                        new Series(
                                id,
                                "inruled-clc-missions-cambodia",
                                "Missions",
                                null,
                                List.of(),
                                0,
                                Instant.parse("2025-05-10T08:00:00Z"),
                                Instant.parse("2025-05-10T08:00:00Z")));

        assertThat(decoder.decode(encoded.cloudEvent()).data().get("createdAt").asText())
                .isEqualTo("2025-05-10T08:00:00Z");
    }

    record Series(
            UUID id,
            String code,
            String title,
            String description,
            List<Object> events,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    @Test
    void refusesToWriteDataThatBreaksTheSchema() {
        assertThatThrownBy(() -> encoder.encode(ResourceType.PARTNER, ChangeType.CREATED, fakePartner()))
                .isInstanceOf(InvalidChangeEvent.class)
                .hasMessageStartingWith("data is not a valid partner: ");
    }

    @Test
    void refusesAnEmptyValue() {
        assertRefused(new byte[0], "empty record value");
        assertThatThrownBy(() -> decoder.decode(null)).hasMessage("empty record value");
    }

    @Test
    void refusesWhatIsNotJson() {
        assertRefused("{not a cloud event", "not a CloudEvents JSON document");
    }

    @Test
    void refusesJsonThatIsNotACloudEvent() {
        assertRefused("{\"id\": \"" + UUID.randomUUID() + "\", \"version\": 1}", "not a CloudEvents JSON document");
    }

    @Test
    void refusesAnUnknownType() {
        String value = replace(valid(), "type", "org.lln.invoice.created");
        assertRefused(value, "unknown CloudEvent type org.lln.invoice.created");
    }

    @Test
    void refusesAnUnknownChangeOfAKnownResource() {
        assertRefused(
                replace(valid(), "type", "org.lln.partner.archived"),
                "unknown CloudEvent type org.lln.partner.archived");
    }

    @Test
    void refusesACloudEventIdThatIsNotAUuid() {
        assertRefused(replace(valid(), "id", "42"), "CloudEvent id 42 is not a UUID");
    }

    @Test
    void refusesACloudEventWithoutData() {
        ObjectNode envelope = envelope(valid());
        envelope.remove("data");
        assertRefused(envelope.toString(), "has no data");
    }

    @Test
    void refusesDataThatIsNotAnObject() {
        ObjectNode envelope = envelope(valid());
        envelope.putArray("data").add(1);
        assertRefused(envelope.toString(), "CloudEvent data is not a JSON object");
        envelope.put("data", "partners/1");
        assertRefused(envelope.toString(), "CloudEvent data is not a JSON object");
    }

    @Test
    void refusesADataIdThatIsNotAUuid() {
        ObjectNode envelope = envelope(valid());
        ((ObjectNode) envelope.get("data")).put("id", "8a4f5b0e");
        assertRefused(envelope.toString(), "data.id is not a UUID");
        ((ObjectNode) envelope.get("data")).remove("id");
        assertRefused(envelope.toString(), "data.id is not a UUID");
    }

    @Test
    void refusesAVersionThatIsNotAnInteger() {
        ObjectNode envelope = envelope(valid());
        ((ObjectNode) envelope.get("data")).put("version", "1");
        assertRefused(envelope.toString(), "data.version is not an integer");
        ((ObjectNode) envelope.get("data")).put("version", 1.5);
        assertRefused(envelope.toString(), "data.version is not an integer");
        ((ObjectNode) envelope.get("data")).remove("version");
        assertRefused(envelope.toString(), "data.version is not an integer");
    }

    @Test
    void refusesAPartnerThatIsNoPartner() {
        EncodedChange fake =
                encoder.encodeUnchecked(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.CREATED, fakePartner());

        assertThatThrownBy(() -> decoder.decode(fake.cloudEvent()))
                .isInstanceOf(InvalidChangeEvent.class)
                .hasMessageStartingWith("data is not a valid partner: ")
                .hasMessageContaining("name")
                .hasMessageContaining("type")
                .hasMessageContaining("countryCode");
    }

    @Test
    void refusesAFullResourceWithAWrongMemberType() throws IOException {
        ObjectNode event = sample("event");
        event.put("attendeeCount", "116");
        EncodedChange encoded =
                encoder.encodeUnchecked(UUID.randomUUID(), ResourceType.EVENT, ChangeType.UPDATED, event);

        assertThatThrownBy(() -> decoder.decode(encoded.cloudEvent()))
                .hasMessageStartingWith("data is not a valid event: ")
                .hasMessageContaining("attendeeCount");
    }

    @Test
    void refusesAResourceOfAnotherType() throws IOException {
        EncodedChange encoded =
                encoder.encodeUnchecked(UUID.randomUUID(), ResourceType.PARTNER, ChangeType.CREATED, sample("event"));

        assertThatThrownBy(() -> decoder.decode(encoded.cloudEvent()))
                .hasMessageStartingWith("data is not a valid partner: ");
    }

    @Test
    void refusesADeletionWithoutAVersion() {
        EncodedChange encoded = encoder.encodeUnchecked(
                UUID.randomUUID(),
                ResourceType.PARTNER,
                ChangeType.DELETED,
                Map.of("id", UUID.randomUUID().toString()));

        assertThatThrownBy(() -> decoder.decode(encoded.cloudEvent())).hasMessage("data.version is not an integer");
    }

    @Test
    void refusesASubjectThatNamesAnotherResource() {
        assertRefused(replace(valid(), "subject", "partners/" + UUID.randomUUID()), "does not name partners/8a4f5b0e-");
        assertRefused(
                replace(valid(), "subject", "events/8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01"), "does not name partners/");
        ObjectNode envelope = envelope(valid());
        envelope.remove("subject");
        assertRefused(envelope.toString(), "subject null does not name partners/");
    }

    @Test
    void refusesAnOlderSpecVersion() {
        assertRefused(replace(valid(), "specversion", "0.3"), "specversion 0.3, expected 1.0");
    }

    @Test
    void acceptsMembersAProducerMayAddLater() throws IOException {
        ObjectNode partner = sample("partner");
        partner.put("actor", "editor@example.org");
        partner.putObject("location").put("lat", 10.6);

        assertThat(decoder.decode(encoder.encode(ResourceType.PARTNER, ChangeType.UPDATED, partner)
                                .cloudEvent())
                        .data())
                .isEqualTo(partner);
    }

    private void assertRefused(String value, String reason) {
        assertRefused(value.getBytes(StandardCharsets.UTF_8), reason);
    }

    private void assertRefused(byte[] value, String reason) {
        assertThatThrownBy(() -> decoder.decode(value))
                .isInstanceOf(InvalidChangeEvent.class)
                .hasMessageContaining(reason);
    }

    private String valid() {
        try {
            return encoder.encode(ResourceType.PARTNER, ChangeType.CREATED, sample("partner"))
                    .json();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replace(String envelope, String member, String value) {
        ObjectNode node = envelope(envelope);
        node.put(member, value);
        return node.toString();
    }

    private static ObjectNode envelope(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> fakePartner() {
        Map<String, Object> fake = new LinkedHashMap<>();
        fake.put("id", UUID.randomUUID().toString());
        fake.put("version", 1);
        fake.put("name", 42);
        fake.put("type", "NOT_A_TYPE");
        fake.put("countryCode", new String[] {"x"});
        return fake;
    }

    static ObjectNode sample(String name) throws IOException {
        try (InputStream in = ChangeEventCodecTest.class.getResourceAsStream("samples/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}

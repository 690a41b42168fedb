package org.lln.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes change events as the suite publishes them (DESIGN.md, Change events): a CloudEvents 1.0
 * document in structured JSON mode with a fresh UUID {@code id}, the owning service as {@code source},
 * type {@code org.lln.<resource>.<change>}, subject {@code <collection>/<id>}, {@code time} in UTC to the
 * microsecond, {@code datacontenttype: application/json} and the data as JSON. The data is checked
 * against the same contract the {@link ChangeEventDecoder} enforces, so nothing a consumer would
 * dead-letter is ever produced. Thread-safe.
 */
public final class ChangeEventEncoder {

    /** CloudEvents extension attribute: the subject of the token that made the change (docs/asyncapi.yaml). */
    public static final String ACTOR = "actor";

    /** CloudEvents extension attribute: the id of the partner the token acted for; absent when none. */
    public static final String ACTOR_PARTNER = "actorpartner";

    private static final EventFormat FORMAT = new JsonFormat();

    private final ObjectMapper mapper;
    private final Clock clock;

    /** Writes data with a plain mapper (Java time as ISO-8601 text) and stamps the system time. */
    public ChangeEventEncoder() {
        this(
                new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS),
                Clock.systemUTC());
    }

    /**
     * @param mapper writes the data, e.g. the application's mapper, so data is exactly what {@code GET} returns
     * @param clock  stamps the CloudEvent {@code time}
     */
    public ChangeEventEncoder(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param resource the resource type
     * @param change   what happened
     * @param data     the resource as {@code GET} returns it (any object the mapper writes as a JSON object),
     *                 or a {@link Deleted} for a deletion; its {@code id} and {@code version} key the event
     * @return the event with a new CloudEvent id
     * @throws InvalidChangeEvent when the data breaks the resource's schema
     */
    public EncodedChange encode(ResourceType resource, ChangeType change, Object data) {
        return encode(UUID.randomUUID(), resource, change, data);
    }

    /**
     * As {@link #encode(ResourceType, ChangeType, Object)}, naming who made the change.
     *
     * @param resource     the resource type
     * @param change       what happened
     * @param data         the data
     * @param actor        the token subject that made the change ({@link #ACTOR})
     * @param actorPartner the partner it acted for ({@link #ACTOR_PARTNER}), or null
     * @return the event with a new CloudEvent id
     * @throws InvalidChangeEvent when the data breaks the resource's schema
     */
    public EncodedChange encode(
            ResourceType resource, ChangeType change, Object data, String actor, UUID actorPartner) {
        JsonNode node = mapper.valueToTree(data);
        ChangeEventDecoder.checkData(resource, change, node);
        UUID eventId = UUID.randomUUID();
        UUID resourceId = UUID.fromString(node.get("id").asText());
        CloudEventBuilder builder =
                builder(eventId, resource, change, node, resourceId).withExtension(ACTOR, actor);
        if (actorPartner != null) {
            builder.withExtension(ACTOR_PARTNER, actorPartner.toString());
        }
        return new EncodedChange(
                eventId, resource, change, resourceId, node.get("version").asLong(), FORMAT.serialize(builder.build()));
    }

    /**
     * As {@link #encode(ResourceType, ChangeType, Object)} with a given CloudEvent id, e.g. to publish a
     * duplicate in a test.
     *
     * @param eventId the CloudEvent id
     * @param resource the resource type
     * @param change   what happened
     * @param data     the data
     * @return the event
     * @throws InvalidChangeEvent when the data breaks the resource's schema
     */
    public EncodedChange encode(UUID eventId, ResourceType resource, ChangeType change, Object data) {
        JsonNode node = mapper.valueToTree(data);
        ChangeEventDecoder.checkData(resource, change, node);
        return envelope(
                eventId,
                resource,
                change,
                node,
                UUID.fromString(node.get("id").asText()),
                node.get("version").asLong());
    }

    /**
     * Wraps data in the suite's envelope without checking it, for tests that feed consumers a record
     * breaking the contract (e.g. a "partner" whose {@code type} is no partner type).
     *
     * @param eventId  the CloudEvent id
     * @param resource the resource type
     * @param change   what happened
     * @param data     anything the mapper writes; its {@code id} (if a UUID) makes the subject and key
     * @return the event; {@code resourceId} is a random UUID and {@code version} -1 when data lacks them
     */
    public EncodedChange encodeUnchecked(UUID eventId, ResourceType resource, ChangeType change, Object data) {
        JsonNode node = mapper.valueToTree(data);
        UUID resourceId = ChangeEventDecoder.uuidOrNull(node.path("id").asText(null));
        return envelope(
                eventId,
                resource,
                change,
                node,
                resourceId == null ? UUID.randomUUID() : resourceId,
                node.path("version").asLong(-1));
    }

    private EncodedChange envelope(
            UUID eventId, ResourceType resource, ChangeType change, JsonNode data, UUID resourceId, long version) {
        return new EncodedChange(
                eventId,
                resource,
                change,
                resourceId,
                version,
                FORMAT.serialize(
                        builder(eventId, resource, change, data, resourceId).build()));
    }

    private CloudEventBuilder builder(
            UUID eventId, ResourceType resource, ChangeType change, JsonNode data, UUID resourceId) {
        return CloudEventBuilder.v1()
                .withId(eventId.toString())
                .withSource(URI.create(resource.source()))
                .withType(resource.eventType(change))
                .withSubject(resource.subject(resourceId))
                .withTime(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS))
                .withDataContentType("application/json")
                .withData(BytesCloudEventData.wrap(bytes(data)));
    }

    private byte[] bytes(JsonNode data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data cannot be written as JSON", e);
        }
    }
}

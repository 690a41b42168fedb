package org.lln.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a Kafka record value as a change event of the suite and checks it against the contract
 * (DESIGN.md, Change events; docs/asyncapi.yaml): a CloudEvents 1.0 document in structured JSON mode,
 * a known type {@code org.lln.<resource>.<created|updated|deleted>}, a UUID id, data that is a JSON
 * object with a UUID {@code id} and an integer {@code version}, a subject {@code <collection>/<data.id>},
 * and data that satisfies the resource's JSON Schema ({@code {id, version}} for a deletion). Extra
 * members are allowed (a producer may add fields). Thread-safe.
 */
public final class ChangeEventDecoder {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final EventFormat format = new JsonFormat();
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param value a record value
     * @return the change event it holds
     * @throws InvalidChangeEvent when it is not a change event of the suite, with the reason
     */
    public ChangeEvent decode(byte[] value) {
        CloudEvent event = deserialize(value);
        ResourceType resource = null;
        ChangeType change = null;
        for (ResourceType candidate : ResourceType.values()) {
            for (ChangeType changeType : ChangeType.values()) {
                if (candidate.eventType(changeType).equals(event.getType())) {
                    resource = candidate;
                    change = changeType;
                }
            }
        }
        if (resource == null) {
            throw new InvalidChangeEvent("unknown CloudEvent type " + event.getType());
        }
        UUID id = uuidOrNull(event.getId());
        if (id == null) {
            throw new InvalidChangeEvent("CloudEvent id " + event.getId() + " is not a UUID");
        }
        JsonNode data = data(event);
        checkData(resource, change, data);
        UUID resourceId = UUID.fromString(data.get("id").asText());
        checkSubject(event.getSubject(), resource, resourceId);
        return new ChangeEvent(
                id,
                event.getSource().toString(),
                resource,
                change,
                resourceId,
                data.get("version").asLong(),
                event.getTime(),
                data);
    }

    /**
     * Checks change-event data: a JSON object with a UUID {@code id} and an integer {@code version}
     * that satisfies the schema of its resource type (of a deletion for {@code deleted}).
     *
     * @throws InvalidChangeEvent with the first thing found wrong
     */
    static void checkData(ResourceType resource, ChangeType change, JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new InvalidChangeEvent("CloudEvent data is not a JSON object");
        }
        if (!data.path("id").isTextual() || uuidOrNull(data.get("id").asText()) == null) {
            throw new InvalidChangeEvent("data.id is not a UUID");
        }
        if (!data.path("version").isIntegralNumber() || !data.get("version").canConvertToLong()) {
            throw new InvalidChangeEvent("data.version is not an integer");
        }
        String violations = DataSchemas.instance().violations(resource, change, data);
        if (!violations.isEmpty()) {
            String what = change == ChangeType.DELETED ? "deletion" : resource.typeName();
            throw new InvalidChangeEvent("data is not a valid " + what + ": " + violations);
        }
    }

    /** @return the UUID written in canonical 8-4-4-4-12 hex form, or null for anything else */
    static UUID uuidOrNull(String text) {
        return text != null && CANONICAL_UUID.matcher(text).matches() ? UUID.fromString(text) : null;
    }

    private CloudEvent deserialize(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidChangeEvent("empty record value");
        }
        CloudEvent event;
        try {
            event = format.deserialize(value);
        } catch (RuntimeException e) {
            throw new InvalidChangeEvent("not a CloudEvents JSON document: " + parseProblem(e));
        }
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new InvalidChangeEvent("CloudEvents specversion " + event.getSpecVersion() + ", expected 1.0");
        }
        return event;
    }

    /** @return the parser's own words, without the location dump Jackson appends */
    private static String parseProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json.getOriginalMessage();
            }
        }
        return String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
    }

    private JsonNode data(CloudEvent event) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new InvalidChangeEvent("CloudEvent " + event.getId() + " has no data");
        }
        if (data instanceof JsonCloudEventData json) {
            return json.getNode();
        }
        try {
            return mapper.readTree(data.toBytes());
        } catch (IOException e) {
            throw new InvalidChangeEvent("CloudEvent data is not JSON: " + parseProblem(e));
        }
    }

    private static void checkSubject(String subject, ResourceType resource, UUID resourceId) {
        String prefix = resource.subjectPrefix() + "/";
        if (subject == null
                || !subject.startsWith(prefix)
                || !resourceId.equals(uuidOrNull(subject.substring(prefix.length())))) {
            throw new InvalidChangeEvent("subject " + subject + " does not name " + resource.subject(resourceId));
        }
    }
}

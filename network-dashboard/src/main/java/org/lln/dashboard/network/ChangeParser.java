package org.lln.dashboard.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a record value as a structured-mode CloudEvents 1.0 JSON document of this suite
 * (docs/asyncapi.yaml): type {@code org.lln.<resource>.<created|updated|deleted>}, data with
 * {@code id} and an integer {@code version}.
 */
public final class ChangeParser {

    private static final Pattern TYPE = Pattern.compile("^org\\.lln\\.([a-z-]+)\\.(created|updated|deleted)$");
    private static final Set<String> RESOURCES = Set.of("partner", "event", "event-series", "collaboration-area");

    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private final ObjectMapper mapper;

    /** @param mapper reads the CloudEvent's data */
    public ChangeParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param value a record value
     * @return the change it describes
     * @throws UnreadableRecordException when it is not such a document
     */
    public Change parse(byte[] value) {
        CloudEvent event = deserialize(value);
        Matcher type = TYPE.matcher(event.getType());
        if (!type.matches() || !RESOURCES.contains(type.group(1))) {
            throw new UnreadableRecordException("unknown CloudEvent type " + event.getType());
        }
        JsonNode data = data(event);
        String id = data.path("id").asText("");
        if (id.isBlank()) {
            throw new UnreadableRecordException("data has no id");
        }
        JsonNode version = data.path("version");
        if (!version.isIntegralNumber() || !version.canConvertToLong()) {
            throw new UnreadableRecordException("data has no integer version");
        }
        Instant time = event.getTime() == null ? Instant.now() : event.getTime().toInstant();
        return new Change(event.getId(), type.group(1), type.group(2), id, version.asLong(), time, data);
    }

    private CloudEvent deserialize(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnreadableRecordException("empty record value");
        }
        try {
            return format.deserialize(value);
        } catch (RuntimeException e) {
            throw new UnreadableRecordException("not a CloudEvents JSON document: " + e.getMessage());
        }
    }

    private JsonNode data(CloudEvent event) {
        if (event.getData() == null) {
            throw new UnreadableRecordException("CloudEvent " + event.getId() + " has no data");
        }
        try {
            JsonNode data = mapper.readTree(event.getData().toBytes());
            if (data == null || !data.isObject()) {
                throw new UnreadableRecordException("CloudEvent data is not a JSON object");
            }
            return data;
        } catch (IOException e) {
            throw new UnreadableRecordException("CloudEvent data is not JSON");
        }
    }
}

package org.lln.contract;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A change event ready to be stored in an outbox or sent to Kafka.
 *
 * @param eventId    the CloudEvent {@code id}, unique per change
 * @param resource   the resource type, which names the topic
 * @param change     what happened
 * @param resourceId the resource id: the record key
 * @param version    the resource version the change produced
 * @param cloudEvent the record value: a CloudEvents 1.0 structured JSON document, UTF-8
 */
public record EncodedChange(
        UUID eventId, ResourceType resource, ChangeType change, UUID resourceId, long version, byte[] cloudEvent) {

    /** @return the Kafka topic, e.g. {@code lln.partners} */
    public String topic() {
        return resource.topic();
    }

    /** @return the Kafka record key: the resource id */
    public String key() {
        return resourceId.toString();
    }

    /** @return the CloudEvent type, e.g. {@code org.lln.partner.updated} */
    public String type() {
        return resource.eventType(change);
    }

    /** @return the record value as text */
    public String json() {
        return new String(cloudEvent, StandardCharsets.UTF_8);
    }
}

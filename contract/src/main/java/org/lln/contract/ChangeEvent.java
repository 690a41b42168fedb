package org.lln.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A change event of the suite, read and checked by {@link ChangeEventDecoder}.
 *
 * @param id         the CloudEvent id, unique per change (consumers drop repeats)
 * @param source     the CloudEvent source, e.g. {@code /partners-service}
 * @param resource   the resource type, from the CloudEvent type
 * @param change     what happened, from the CloudEvent type
 * @param resourceId the resource id ({@code data.id}, also named by the subject)
 * @param version    the resource version the change produced ({@code data.version})
 * @param time       when the owner recorded the change; null when the CloudEvent has no {@code time}
 * @param data       the resource as {@code GET} returns it, or {@code {id, version}} for a deletion; a JSON object
 *                   that satisfies the schema of its resource type
 */
public record ChangeEvent(
        UUID id,
        String source,
        ResourceType resource,
        ChangeType change,
        UUID resourceId,
        long version,
        OffsetDateTime time,
        JsonNode data) {

    /** @return whether the resource was deleted */
    public boolean deleted() {
        return change == ChangeType.DELETED;
    }

    /** @return the CloudEvent type, e.g. {@code org.lln.partner.updated} */
    public String type() {
        return resource.eventType(change);
    }
}

package org.lln.dashboard.network;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change event of the suite (DESIGN.md, Change events), read from a topic.
 *
 * @param eventId  the CloudEvent id, unique per change
 * @param resource {@code partner}, {@code event}, {@code event-series} or {@code collaboration-area}
 * @param action   {@code created}, {@code updated} or {@code deleted}
 * @param id       the resource id
 * @param version  the resource version this change produced
 * @param time     when the owning service recorded the change
 * @param data     the resource as {@code GET} returns it, or {@code {id, version}} for a deletion
 */
public record Change(
        String eventId, String resource, String action, String id, long version, Instant time, JsonNode data) {

    /** @return whether the resource was deleted */
    public boolean deleted() {
        return "deleted".equals(action);
    }
}

package org.lln.dashboard.representation;

import java.time.Instant;

/**
 * One applied change, as the activity feed shows it.
 *
 * @param eventId   the CloudEvent id
 * @param time      when the owning service recorded it (the CloudEvent {@code time})
 * @param resource  {@code partner}, {@code event}, {@code event-series} or {@code collaboration-area}
 * @param action    {@code created}, {@code updated} or {@code deleted}
 * @param id        the resource id
 * @param label     its name or title (for a deletion, the last one known), else its id
 * @param version   the resource version after the change
 * @param href      the resource's JSON at the owning service
 * @param swaggerUi the owning service's Swagger UI, at the operation that reads the resource
 */
public record Activity(
        String eventId,
        Instant time,
        String resource,
        String action,
        String id,
        String label,
        long version,
        String href,
        String swaggerUi) {}

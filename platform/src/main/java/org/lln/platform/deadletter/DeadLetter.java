package org.lln.platform.deadletter;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record of this service's dead-letter topic, as an operator sees it.
 *
 * @param offset         its offset on the dead-letter topic (partition 0 is the usual single partition)
 * @param partition      its partition on the dead-letter topic
 * @param deadLetteredAt when it was dead-lettered (the record's timestamp)
 * @param reason         why it could not apply ({@code dead-letter-reason} header); null when a record reached the
 *                       topic without the header
 * @param fromTopic      the topic it came from; null, like the other origin members, without the headers
 * @param fromPartition  its partition there
 * @param fromOffset     its offset there
 * @param key            its key (the resource id, for the suite's own records)
 * @param value          its value as UTF-8 text, cut after 4,096 characters
 */
public record DeadLetter(
        long offset,
        int partition,
        Instant deadLetteredAt,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) String fromTopic,
        @Schema(nullable = true) Integer fromPartition,
        @Schema(nullable = true) Long fromOffset,
        @Schema(nullable = true) String key,
        @Schema(nullable = true) String value) {}

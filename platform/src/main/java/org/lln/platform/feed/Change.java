package org.lln.platform.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published change, as the HTTP change feed serves it.
 *
 * @param position the change's place in publication order; pass it as {@code after} to resume
 * @param topic    the Kafka topic it was published to
 * @param event    the CloudEvent exactly as published (structured JSON)
 */
public record Change(
        long position,
        String topic,
        @JsonRawValue @Schema(ref = "CloudEvent") String event) {}

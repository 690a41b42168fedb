package org.lln.events.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner's part in an event.
 *
 * @param partnerId the partner, known to this service's partner read model
 * @param role      what it does there
 * @param count     how many of its people took part, 0 or more; null when unknown
 */
public record Participation(
        @NotNull UUID partnerId,
        @NotNull ParticipantRole role,
        @PositiveOrZero @Schema(nullable = true) Integer count) {}

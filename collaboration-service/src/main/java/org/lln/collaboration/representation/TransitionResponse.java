package org.lln.collaboration.representation;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.collaboration.domain.AreaTransition;
import org.lln.contract.AreaStatus;
import org.lln.platform.security.Actor;

/**
 * One entry of an area's status history.
 *
 * @param from the status before, null for the area's creation
 * @param to   the status after
 * @param note the note given with the transition, or null
 * @param at    when it happened (RFC 3339, UTC)
 * @param actor who made it; null for transitions stored before actors were recorded
 */
@Schema(name = "Transition")
public record TransitionResponse(
        @Schema(nullable = true) AreaStatus from,
        AreaStatus to,
        @Schema(nullable = true) String note,
        Instant at,
        @Schema(nullable = true, readOnly = true) Actor actor) {

    /**
     * @param transition a stored transition
     * @return its API representation
     */
    public static TransitionResponse of(AreaTransition transition) {
        return new TransitionResponse(
                transition.fromStatus, transition.toStatus, transition.note, transition.at, transition.actor);
    }
}

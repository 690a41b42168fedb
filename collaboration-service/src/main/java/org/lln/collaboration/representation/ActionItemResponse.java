package org.lln.collaboration.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.collaboration.domain.ActionItem;
import org.lln.contract.ActionStatus;
import org.lln.platform.http.Representations;
import org.lln.platform.security.Actor;

/**
 * An action item of a collaboration area as {@code GET} returns it.
 *
 * @param id             its id
 * @param title          what is to be done
 * @param ownerPartnerId the partner responsible, or null
 * @param dueDate        the day it is due, or null
 * @param status         OPEN, IN_PROGRESS, DONE or CANCELLED
 * @param overdue        true when it is OPEN or IN_PROGRESS and its due date is before today in the network's
 *                       time zone (Asia/Phnom_Penh unless configured otherwise); computed when the response is made
 * @param version        its own version, the ETag of {@code .../actions/{actionId}}
 * @param createdAt      when it was created
 * @param updatedAt      when it last changed
 * @param updatedBy      who changed it last; null for changes stored before actors were recorded
 */
@Schema(name = "ActionItem", description = "Something to be done for a collaboration area")
public record ActionItemResponse(
        UUID id,
        String title,
        @Schema(nullable = true) UUID ownerPartnerId,
        @Schema(nullable = true) LocalDate dueDate,
        ActionStatus status,

        @Schema(description = "Pending (OPEN or IN_PROGRESS) after its due date; computed, read-only")
        boolean overdue,

        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, readOnly = true) Actor updatedBy)
        implements Representations.Versioned {

    /**
     * @param item  a stored item, flushed so its version is current
     * @param today the current date in the network's time zone
     * @return its API representation
     */
    public static ActionItemResponse of(ActionItem item, LocalDate today) {
        return new ActionItemResponse(
                item.id,
                item.title,
                item.ownerPartnerId,
                item.dueDate,
                item.status,
                item.isOverdue(today),
                item.version,
                item.createdAt,
                item.updatedAt,
                item.updatedBy);
    }
}

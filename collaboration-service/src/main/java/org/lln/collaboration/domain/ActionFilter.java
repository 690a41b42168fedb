package org.lln.collaboration.domain;

import java.util.UUID;
import org.lln.contract.ActionStatus;

/**
 * The filters of {@code GET /collaboration-areas/{id}/actions}; each null member is not applied.
 *
 * @param status         item status
 * @param ownerPartnerId items this partner owns
 * @param overdue        true for overdue items only, false for the others
 */
public record ActionFilter(ActionStatus status, UUID ownerPartnerId, Boolean overdue) {}

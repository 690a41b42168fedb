package org.lln.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of an action item (DESIGN.md, Collaboration area), as collaboration-service stores it and its change
 * events carry it; only pending items ({@code OPEN}, {@code IN_PROGRESS}) can be overdue, in the service and on the
 * dashboard alike.
 */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** The states in which work on an item is still expected. */
    public static final Set<ActionStatus> PENDING = EnumSet.of(OPEN, IN_PROGRESS);

    /** @return whether work on the item is still expected */
    public boolean isPending() {
        return PENDING.contains(this);
    }
}

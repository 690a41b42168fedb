package org.lln.collaboration.domain;

import java.util.EnumSet;
import java.util.Set;

/** The state of an action item; only pending items ({@code OPEN}, {@code IN_PROGRESS}) can be overdue. */
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

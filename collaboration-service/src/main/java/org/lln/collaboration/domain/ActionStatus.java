package org.lln.collaboration.domain;

/** The state of an action item; only {@code OPEN} and {@code IN_PROGRESS} items can be overdue. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** @return whether work on the item is still expected */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}

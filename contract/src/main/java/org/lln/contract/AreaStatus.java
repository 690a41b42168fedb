package org.lln.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a collaboration area stands in its pipeline (DESIGN.md, Collaboration area):
 * {@code IDENTIFIED -> PROPOSED -> AGREED -> ACTIVE -> COMPLETED}, and {@code DISCONTINUED} from any
 * open state. {@code COMPLETED} and {@code DISCONTINUED} are closed: nothing leaves them. The declaration order is
 * the pipeline's order, which the dashboard shows.
 */
public enum AreaStatus {
    /** named as a possible area, e.g. in the meetings of 9 May 2025 */
    IDENTIFIED,
    /** a concrete proposal is on the table */
    PROPOSED,
    /** the partners agreed to pursue it */
    AGREED,
    /** work is under way */
    ACTIVE,
    /** the work is done (closed) */
    COMPLETED,
    /** abandoned before completion (closed) */
    DISCONTINUED;

    /** @return the states this one may move to; empty for a closed state */
    public Set<AreaStatus> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(PROPOSED, DISCONTINUED);
            case PROPOSED -> EnumSet.of(AGREED, DISCONTINUED);
            case AGREED -> EnumSet.of(ACTIVE, DISCONTINUED);
            case ACTIVE -> EnumSet.of(COMPLETED, DISCONTINUED);
            case COMPLETED, DISCONTINUED -> EnumSet.noneOf(AreaStatus.class);
        };
    }

    /**
     * @param to a requested state
     * @return whether the pipeline has an edge from this state to {@code to}
     */
    public boolean canMoveTo(AreaStatus to) {
        return next().contains(to);
    }
}

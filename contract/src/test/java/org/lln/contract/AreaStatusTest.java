package org.lln.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The collaboration-area pipeline as a plain rule (DESIGN.md, Collaboration area): forward one step at a time to
 * {@code COMPLETED}, {@code DISCONTINUED} from any open state, nothing out of a closed one.
 */
class AreaStatusTest {

    @Test
    void walksForwardOneStepAtATime() {
        assertThat(AreaStatus.IDENTIFIED.canMoveTo(AreaStatus.PROPOSED)).isTrue();
        assertThat(AreaStatus.PROPOSED.canMoveTo(AreaStatus.AGREED)).isTrue();
        assertThat(AreaStatus.AGREED.canMoveTo(AreaStatus.ACTIVE)).isTrue();
        assertThat(AreaStatus.ACTIVE.canMoveTo(AreaStatus.COMPLETED)).isTrue();
        assertThat(AreaStatus.IDENTIFIED.canMoveTo(AreaStatus.AGREED))
                .as("no skipping")
                .isFalse();
        assertThat(AreaStatus.ACTIVE.canMoveTo(AreaStatus.AGREED))
                .as("no going back")
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = AreaStatus.class,
            names = {"IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE"})
    void everyOpenStateMayBeDiscontinuedAndNoneMovesToItself(AreaStatus open) {
        assertThat(open.canMoveTo(AreaStatus.DISCONTINUED)).isTrue();
        assertThat(open.canMoveTo(open)).isFalse();
        assertThat(open.next()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(
            value = AreaStatus.class,
            names = {"COMPLETED", "DISCONTINUED"})
    void nothingLeavesAClosedState(AreaStatus closed) {
        assertThat(closed.next()).isEmpty();
        for (AreaStatus to : EnumSet.allOf(AreaStatus.class)) {
            assertThat(closed.canMoveTo(to)).isFalse();
        }
    }
}

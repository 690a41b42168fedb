package org.lln.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.problem.ProblemType;

class PreconditionsTest {

    @Test
    void theEntityTagIsTheQuotedVersion() {
        assertThat(Preconditions.etag(7).getValue()).isEqualTo("7");
        assertThat(Preconditions.etag(7).isWeak()).isFalse();
    }

    @Test
    void noHeaderAStarOrOneMatchingTagInAListPasses() {
        assertThatCode(() -> Preconditions.requireMatch(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch(" ", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("*", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void anOtherVersionAWeakTagOrAnUnquotedOneFailsWith412() {
        for (String header : new String[] {"\"2\"", "W/\"3\"", "3"}) {
            assertThatThrownBy(() -> Preconditions.requireMatch(header, 3))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED))
                    .hasMessageContaining("\"3\"");
        }
    }
}

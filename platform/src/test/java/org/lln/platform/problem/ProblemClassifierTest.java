package org.lln.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lln.platform.dependency.DependencyProbe;

/** What a client sees for each kind of failure, without a server: the classifier is plain code. */
class ProblemClassifierTest {

    record Body(String name, int count, LocalDate on, List<Kind> kinds) {}

    enum Kind {
        SCHOOL,
        CLC
    }

    private final ProblemClassifier classifier = new ProblemClassifier();

    ProblemClassifierTest() {
        classifier.probe = new DependencyProbe();
    }

    @Test
    void aProblemExceptionKeepsItsTypeDetailAndFields() {
        Problem problem =
                classifier.classify(ProblemException.invalid("code", "must be lower case"), "/partners", false);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.instance()).isEqualTo("/partners");
        assertThat(problem.errors()).containsExactly(new FieldError("code", "must be lower case"));
    }

    @Test
    void jsonMistakesNameTheFieldAndWhatIsExpected() {
        assertThat(classify("{\"name\":\"x\",\"count\":\"many\"}").errors())
                .containsExactly(new FieldError("count", "must be a whole number in range"));
        assertThat(classify("{\"kinds\":[\"CLC\",\"PALACE\"]}").errors())
                .containsExactly(new FieldError("kinds[1]", "must be one of [SCHOOL, CLC]"));
        assertThat(classify("{\"colour\":\"red\"}").errors())
                .containsExactly(new FieldError("colour", "unknown field"));
        assertThat(classify("{\"count\":99999999999999999999}").errors())
                .containsExactly(new FieldError("count", "must be a number in range"));
        Problem malformed = classify("{\"name\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.title()).isEqualTo(ProblemType.MALFORMED_REQUEST.title());
        assertThat(malformed.detail()).contains("line 1");
    }

    @Test
    void aConcurrentChangeIs412WithIfMatchAnd409Without() {
        assertThat(classifier
                        .classify(new OptimisticLockException(), "/x", true)
                        .status())
                .isEqualTo(412);
        assertThat(classifier
                        .classify(new OptimisticLockException(), "/x", false)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aDuplicateKeyIs409NamingTheColumnInCamelCase() {
        SQLException duplicate = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uk\"\n  Detail: Key (lower(country_code))=(kh) already exists.",
                "23505");

        Problem problem = classifier.classify(new RuntimeException("commit failed", duplicate), "/x", false);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.errors()).containsExactly(new FieldError("countryCode", "already taken"));
    }

    @Test
    void anUnreachableDatabaseIs503AndTellsTheProbe() {
        Problem problem = classifier.classify(new SQLException("Connection refused", "08001"), "/x", false);

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("nothing was changed");
        assertThat(classifier.probe.database().up()).isFalse();
        assertThat(classifier.probe.database().reason()).isEqualTo("Connection refused");
    }

    @Test
    void anythingUnrecognisedIsA500ThatSaysNothingOfTheInternals() {
        Problem problem = classifier.classify(new IllegalStateException("SELECT secret FROM keys"), "/x", false);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("SELECT").doesNotContain("IllegalState");
    }

    private Problem classify(String json) {
        try {
            new ObjectMapper()
                    .findAndRegisterModules()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, Body.class);
        } catch (Exception e) {
            return classifier.classify(e, "/x", false);
        }
        throw new AssertionError("parsed: " + json);
    }
}

package org.lln.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code lln down} signals only a process that is still the one the launcher recorded. */
class RecordedProcessTest {

    @Test
    void findsTheRecordedProcessOnlyWithItsStartInstant() {
        long self = ProcessHandle.current().pid();
        String line = RecordedProcess.describe(self).orElseThrow();
        assertThat(RecordedProcess.find(line))
                .hasValueSatisfying(p -> assertThat(p.pid()).isEqualTo(self));
        assertThat(RecordedProcess.find(self + " 2001-01-01T00:00:00Z"))
                .as("same pid, another process")
                .isEmpty();
    }

    @Test
    void ignoresLinesOfOtherShapes() {
        assertThat(RecordedProcess.find(Long.toString(ProcessHandle.current().pid())))
                .as("an old pid file: pid only")
                .isEmpty();
        assertThat(RecordedProcess.find("12 not-an-instant")).isEmpty();
        assertThat(RecordedProcess.find("")).isEmpty();
    }
}

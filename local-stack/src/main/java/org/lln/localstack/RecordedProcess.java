package org.lln.localstack;

import java.time.Instant;
import java.util.Optional;

/**
 * A process recorded in the pid file as {@code <pid> <start instant>}, so that {@code lln down} signals
 * only the process it started: after a reboot or a crash the same pid may belong to another program,
 * whose start instant then differs.
 */
final class RecordedProcess {

    private RecordedProcess() {}

    /**
     * @param pid a running process's id
     * @return its pid-file line, or empty when the process is gone or its start instant is unknown
     */
    static Optional<String> describe(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).map(start -> pid + " " + start);
    }

    /**
     * @param line a pid-file line
     * @return the live process it names, only when that process started at the recorded instant
     */
    static Optional<ProcessHandle> find(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 2 || !parts[0].matches("\\d{1,10}")) {
            return Optional.empty();
        }
        Instant recorded;
        try {
            recorded = Instant.parse(parts[1]);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(parts[0]))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(recorded::equals).orElse(false));
    }
}

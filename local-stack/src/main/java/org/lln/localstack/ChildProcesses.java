package org.lln.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stopping child processes politely: SIGTERM first, SIGKILL only after a grace period. */
final class ChildProcesses {

    private ChildProcesses() {}

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /**
     * Runs a command in its own session where {@code setsid} exists, so a Ctrl-C in the terminal reaches
     * only the launcher, which then stops the children in order.
     *
     * @param command the command
     * @return the command to start
     */
    static List<String> detached(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Sends SIGTERM to every process at once, then waits for each (SIGKILL after the grace period).
     *
     * @param processes the processes to stop
     * @param grace     how long to wait after SIGTERM before SIGKILL
     */
    static void stopAll(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        processes.forEach(process -> stop(process, grace));
    }

    /**
     * @param process the process to stop
     * @param grace   how long to wait after SIGTERM before SIGKILL
     */
    static void stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}

package org.lln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program to its end with a time limit, and keeps its output for parsing.
 *
 * @param command the program and its arguments, as run
 * @param exitCode its exit status
 * @param output   its standard output and error, interleaved
 */
public record Command(List<String> command, int exitCode, String output) {

    /**
     * @param command the program and its arguments
     * @param env     environment variables on top of this process's own
     * @param timeout the longest the program may run; it is killed after that
     * @return the finished command
     * @throws IOException when it cannot be started, is killed for its time, or exits with a non-zero status
     */
    public static Command run(List<String> command, Map<String, String> env, Duration timeout) throws IOException {
        Path output = Files.createTempFile("lln-bench-", ".out");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("Killed after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            Command done = new Command(command, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            if (done.exitCode() != 0) {
                throw new IOException(
                        "Exit status " + done.exitCode() + " from " + done.text() + ":\n" + tail(done.output()));
            }
            return done;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** @return the command line as a reader would type it (secrets are the caller's to mask) */
    public String text() {
        return String.join(" ", command);
    }

    private static String tail(String text) {
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }
}

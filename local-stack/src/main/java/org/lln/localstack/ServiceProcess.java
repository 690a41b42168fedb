package org.lln.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own JVM,
 * configured through Quarkus' standard environment variables, its output in a log file.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** How long a stopping service may take before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    /**
     * How long a service writing its class-data archive may take to stop: the dump runs after shutdown and took
     * more than 20 s with four JVMs dumping at once on 2 cores (one archive was lost to the kill).
     */
    private static final Duration DUMPING_STOP_GRACE = Duration.ofSeconds(75);

    private final StackConfig.Service service;
    private final Process process;
    private final long startedAt;
    private final boolean writesArchive;

    private ServiceProcess(StackConfig.Service service, Process process, long startedAt, boolean writesArchive) {
        this.service = service;
        this.process = process;
        this.startedAt = startedAt;
        this.writesArchive = writesArchive;
    }

    /**
     * @param service the service
     * @param jar     its {@code quarkus-run.jar}
     * @param env     environment variables on top of this process's own
     * @param log     file receiving its output
     * @param archives directory of the class-data archives, or empty to start without one
     * @return the started (not yet ready) process
     * @throws IOException when the JVM cannot be started
     */
    static ServiceProcess start(
            StackConfig.Service service, Path jar, Map<String, String> env, Path log, Optional<Path> archives)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build first (mvn -B -DskipTests package)");
        }
        List<String> java = new ArrayList<>(List.of(
                KafkaProcess.java(),
                "-Xms32m",
                "-Xmx160m",
                "-XX:+UseSerialGC",
                "-Xss512k",
                "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxMetaspaceSize=192m"));
        List<String> classDataSharing = ClassDataArchive.jvmOptions(
                archives, service.name(), Files.getLastModifiedTime(jar).toMillis());
        java.addAll(classDataSharing);
        java.addAll(List.of("-jar", jar.toString()));
        List<String> command = ChildProcesses.detached(java);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ServiceProcess(
                service,
                builder.start(),
                System.nanoTime(),
                classDataSharing.stream().anyMatch(ClassDataArchive::writes));
    }

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @param timeout how long to wait
     * @return the time from start to ready
     * @throws IOException when the process dies or is not ready in time
     */
    Duration awaitReady(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(service.name() + " exited with status " + process.exitValue());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException(service.name() + " was not ready within " + timeout.toSeconds() + " s");
    }

    /** @return the service */
    StackConfig.Service service() {
        return service;
    }

    /** @return the process */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** @return the process id */
    long pid() {
        return process.pid();
    }

    /** Kills the service with SIGKILL, as a crash would, and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    /**
     * Stops the service with SIGTERM and measures how long it takes to exit.
     *
     * @param grace how long to wait before SIGKILL
     * @return the time from SIGTERM to exit, or empty when it had to be killed after the grace period
     */
    Optional<Duration> stop(Duration grace) {
        long start = System.nanoTime();
        ChildProcesses.stop(process.toHandle(), grace);
        process.onExit().join();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return took.compareTo(grace) < 0 ? Optional.of(took) : Optional.empty();
    }

    /** @return how long to wait after SIGTERM before killing it: longer while it writes its class-data archive */
    Duration stopGrace() {
        return writesArchive ? DUMPING_STOP_GRACE : STOP_GRACE;
    }

    /** Stops the service with SIGTERM and waits up to {@link #stopGrace()} before killing it. */
    @Override
    public void close() {
        ChildProcesses.stop(process.toHandle(), stopGrace());
    }
}

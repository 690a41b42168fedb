package org.lln.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU seconds (user + system) used by each process of the suite, read from {@code /proc/<pid>/stat}
 * (fields 14 and 15, in clock ticks of 1/100 s: proc(5)), each process counted with its live descendants,
 * so PostgreSQL is its postmaster plus its backends. A process that exited between two snapshots loses its
 * share (the services' database pools keep their backends, so little is lost).
 */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Supplier<Map<String, Long>> processes;

    /** @param processes the suite's processes by name (looked up again at each snapshot), e.g. {@code partners-service} */
    CpuTime(Supplier<Map<String, Long>> processes) {
        this.processes = processes;
    }

    /** @return CPU seconds used so far by each process, in the supplier's order */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.get().forEach((name, pid) -> seconds.put(name, ofTree(pid)));
        return seconds;
    }

    /**
     * @param before a snapshot
     * @param after  a later one
     * @return CPU seconds each process used between them
     */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name, Math.max(0, seconds - before.getOrDefault(name, 0.0))));
        return used;
    }

    /**
     * @return CPU seconds used so far by the JIT compiler threads (HotSpot names them {@code C1 CompilerThread<n>}
     *         and {@code C2 CompilerThread<n>}) of the suite's JVMs: while they are busy, the code under load is
     *         still being compiled and a later run would be faster
     */
    double compilerSeconds() {
        double seconds = 0;
        for (long pid : processes.get().values()) {
            try (DirectoryStream<Path> threads =
                    Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path thread : threads) {
                    String name = Files.readString(thread.resolve("comm"));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        seconds += ofStat(thread.resolve("stat"));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // the process or the thread ended meanwhile
            }
        }
        return seconds;
    }

    /** @return the sum of the values */
    static double total(Map<String, Double> used) {
        return used.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double ofTree(long pid) {
        double seconds = ofProcess(pid);
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            seconds += ofProcess(child.pid());
        }
        return seconds;
    }

    private static double ofProcess(long pid) {
        return ofStat(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** @return user + system CPU seconds from a process's or a thread's {@code stat} file, 0 when it is gone */
    private static double ofStat(Path file) {
        try {
            String stat = Files.readString(file);
            // the command name (field 2) may hold spaces and parentheses: count fields after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

package org.lln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** pgbench's per-transaction logs ({@code -l}): the third column of each line is the latency in microseconds. */
final class TransactionLog {

    private TransactionLog() {}

    /**
     * @param directory where pgbench wrote its logs
     * @param prefix    the {@code --log-prefix} file name
     * @return every logged latency in milliseconds, unsorted
     * @throws IOException when a log cannot be read
     */
    static double[] latenciesMs(Path directory, String prefix) throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(directory)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith(prefix + "."))
                    .toList();
        }
        Stream<String> lines = Stream.empty();
        for (Path log : logs) {
            lines = Stream.concat(lines, Files.readAllLines(log).stream());
        }
        return lines.map(l -> l.split(" "))
                .filter(f -> f.length > 2)
                .mapToDouble(f -> Long.parseLong(f[2]) / 1000.0)
                .toArray();
    }
}

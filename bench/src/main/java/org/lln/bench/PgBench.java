package org.lln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limits on this machine, from PostgreSQL's pgbench (Debian's postgresql-client)
 * against the suite's PostgreSQL in a database of its own ({@code pgbench}): {@code pgbench -S}
 * (select-only, one primary-key read per transaction) and a one-row insert script, at the same
 * number of clients as the HTTP load, with prepared statements (as the services' JDBC driver uses).
 */
public final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final int port;
    private final int clients;
    private final int threads;
    private final Duration duration;
    private final Path work;

    /**
     * @param port     PostgreSQL's port on localhost
     * @param clients  concurrent clients ({@code -c}), the same as the HTTP connections
     * @param threads  pgbench threads ({@code -j})
     * @param duration length of each run ({@code -T})
     * @param work     directory for the insert script and the per-transaction latency logs
     */
    public PgBench(int port, int clients, int threads, Duration duration, Path work) {
        this.port = port;
        this.clients = clients;
        this.threads = threads;
        this.duration = duration;
        this.work = work;
    }

    /** @return the pgbench version line, e.g. {@code pgbench (PostgreSQL) 15.18} */
    public static String version() throws IOException {
        if (!Wrk.onPath("pgbench")) {
            throw new IOException(
                    "pgbench is missing: install Debian's postgresql-client (apt-get install postgresql-client)");
        }
        return Command.run(List.of("pgbench", "--version"), Map.of(), Duration.ofSeconds(10))
                .output()
                .trim();
    }

    /**
     * Creates database {@code pgbench} when missing and initialises it at {@code scale} (100,000 accounts per unit).
     *
     * @param scale pgbench scale factor
     * @return the init command
     * @throws IOException when PostgreSQL refuses
     */
    public String initialise(int scale) throws IOException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            if (!statement
                    .executeQuery("select 1 from pg_database where datname = 'pgbench'")
                    .next()) {
                statement.execute("create database pgbench");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create database pgbench: " + e.getMessage(), e);
        }
        List<String> init = List.of(
                "pgbench",
                "-i",
                "-q",
                "-s",
                Integer.toString(scale),
                "-h",
                "localhost",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "pgbench");
        return Command.run(init, env(), Duration.ofMinutes(10)).text();
    }

    /**
     * @return {@code pgbench -S}: select-only transactions
     * @throws IOException when pgbench fails
     */
    public Measure selectOnly() throws IOException {
        return run("pgbench -S (select by primary key)", List.of("-S"));
    }

    /**
     * @return a script of one single-row insert per transaction into table {@code bench_insert}
     * @throws IOException when pgbench fails
     */
    public Measure insert() throws IOException {
        Files.createDirectories(work);
        Path script = work.resolve("insert.sql");
        Files.writeString(script, """
                \\set k random(1, 1000000000)
                insert into bench_insert (k, payload, created_at) values (:k, md5(:k::text), now());
                """);
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/pgbench", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_insert (id bigserial primary key, k bigint not null,"
                    + " payload text not null, created_at timestamptz not null)");
        } catch (SQLException e) {
            throw new IOException("Cannot create table bench_insert: " + e.getMessage(), e);
        }
        return run("pgbench insert (one row per transaction)", List.of("-f", script.toString()));
    }

    private Measure run(String name, List<String> mode) throws IOException {
        Files.createDirectories(work);
        String prefix = work.resolve(name.startsWith("pgbench -S") ? "txlog-select" : "txlog-insert")
                .toString();
        List<String> command = new ArrayList<>(List.of(
                "pgbench",
                "-n",
                "-M",
                "prepared",
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(threads),
                "-T",
                Long.toString(duration.toSeconds()),
                "-l",
                "--log-prefix",
                prefix));
        command.addAll(mode);
        command.addAll(List.of("-h", "localhost", "-p", Integer.toString(port), "-U", "postgres", "pgbench"));
        deleteLogs(prefix);
        Command done = Command.run(command, env(), duration.plusSeconds(60));
        double tps = number(TPS, done.output());
        long count = (long) number(TRANSACTIONS, done.output());
        Matcher failed = FAILED.matcher(done.output());
        long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        double[] latencies =
                TransactionLog.latenciesMs(work, Path.of(prefix).getFileName().toString());
        double average = number(LATENCY, done.output());
        return new Measure(
                name,
                tps,
                Percentiles.of(latencies, 50, average),
                Percentiles.of(latencies, 99, average),
                Percentiles.of(latencies, 99.9, average),
                count,
                errors,
                done.text());
    }

    private void deleteLogs(String prefix) throws IOException {
        String name = Path.of(prefix).getFileName().toString();
        try (var files = Files.list(work)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + "."))
                    .toList()) {
                Files.delete(file);
            }
        }
    }

    private static Map<String, String> env() {
        return Map.of("PGPASSWORD", "postgres");
    }

    private static double number(Pattern pattern, String output) throws IOException {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IOException("pgbench printed no '" + pattern.pattern() + "':\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}

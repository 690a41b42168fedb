package org.lln.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL 17 server from the zonky embedded binaries, with its data directory kept under the
 * stack's home so a restart keeps every row, and durable commits (fsync on) so a crash loses nothing
 * that was acknowledged. Creates the services' databases when missing.
 */
final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * @param dataDirectory where the cluster lives; initialised on first start
     * @param port          the port to listen on
     * @param databases     databases to create when missing
     * @param log           file receiving the server's output
     * @return the running server; it stops only through {@link #close()}, so the launcher decides the order
     * @throws IOException when PostgreSQL does not start
     */
    static PostgresServer start(Path dataDirectory, int port, List<String> databases, Path log) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                // zonky's defaults are made for throwaway test databases; this one keeps the suite's data
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        PostgresServer server = new PostgresServer(postgres, port);
        server.createMissing(databases);
        return server;
    }

    /**
     * @param database a database name
     * @return its JDBC URL
     */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private void createMissing(List<String> databases) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
                Statement create = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        create.execute("create database \"" + database + "\" encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create the services' databases", e);
        }
    }

    /**
     * Kills the postmaster with SIGKILL, as a crash would (zonky runs it as a child process; its pid is the first
     * line of {@code <data directory>/postmaster.pid}), then releases zonky's lock on the data directory and waits
     * up to 30 s for the backends the kill orphaned to exit, so that {@link #start} can run on the same data
     * directory and port again. This object is not usable afterwards.
     *
     * @param dataDirectory the data directory this server was started on
     * @throws IOException when the pid file cannot be read
     */
    void kill(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        ProcessHandle postmaster =
                ProcessHandle.of(pid).orElseThrow(() -> new IOException("no postmaster with pid " + pid));
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        postmaster.onExit().join();
        // zonky's close() tries pg_ctl stop (which fails: there is no server any more) and releases its lock file
        postgres.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle backend : backends) {
            try {
                // a backend exits once it notices the postmaster is gone
                backend.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still alive after 30 s: start() then reports the data directory as in use
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

package org.lln.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;

/**
 * A real PostgreSQL 17 (zonky embedded binaries) on a fixed free port with its data in a temporary
 * directory, which a test can stop and start again with every row kept: how tests take the database
 * away from a service.
 */
public final class EmbeddedPostgresServer {

    private final int port = EmbeddedKafkaBroker.freePort();
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    /** Picks a free port and a data directory; nothing starts yet. */
    public EmbeddedPostgresServer() {
        try {
            dataDirectory = Files.createTempDirectory("lln-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on its port and data directory (initialised on the first start). */
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** Stops the server (a fast shutdown: open sessions are ended); its data stays for {@link #start()}. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = null;
    }

    /** @return whether the server is running */
    public synchronized boolean isRunning() {
        return postgres != null;
    }

    /**
     * @param database a database to create
     * @return its JDBC URL
     */
    public synchronized String createDatabase(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database", e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    /** Stops the server and deletes its data. */
    public synchronized void close() {
        stop();
        try (var paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }
}

package org.lln.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a Quarkus test a real PostgreSQL: the external server named by environment variable
 * {@code LLN_TEST_JDBC_URL} (with {@code LLN_TEST_DB_USER} and {@code LLN_TEST_DB_PASSWORD}), or else
 * a PostgreSQL 17 started from the zonky embedded binaries on a free port for the duration of the
 * test run (tests may stop and start it: {@link InjectPostgres}). Each run gets a fresh database, so tests
 * never see another run's rows.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Environment variable naming an external database to use instead of the embedded server. */
    public static final String EXTERNAL = "LLN_TEST_JDBC_URL";

    private EmbeddedPostgresServer postgres;

    @Override
    public Map<String, String> start() {
        String external = System.getenv(EXTERNAL);
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    external,
                    "quarkus.datasource.username",
                    System.getenv().getOrDefault("LLN_TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password",
                    System.getenv().getOrDefault("LLN_TEST_DB_PASSWORD", "postgres"));
        }
        postgres = new EmbeddedPostgresServer();
        postgres.start();
        String database =
                "lln_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.createDatabase(database),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                postgres, new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class, EmbeddedPostgresServer.class));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}

package org.lln.platform.dependency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jboss.logging.Logger;
import org.lln.platform.kafka.KafkaProperties;

/**
 * Checks the service's two dependencies, PostgreSQL and Kafka, in the background every second, so that
 * readiness answers at once from the latest result whatever state they are in (DESIGN.md: health
 * answers within 2 s in every state). Each outage is logged once when it starts and once when it ends;
 * when the database is back, pooled connections it broke are dropped.
 */
@ApplicationScoped
public class DependencyProbe {

    private static final Logger LOG = Logger.getLogger(DependencyProbe.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Dependency database = new Dependency("PostgreSQL");
    private final Dependency kafka = new Dependency("Kafka");
    private volatile Admin admin;
    private volatile boolean stopping;

    /** @return the database's latest state */
    public State database() {
        return database.state;
    }

    /** @return the broker's latest state */
    public State kafka() {
        return kafka.state;
    }

    /**
     * Tells the probe that a request could not reach the database, so the outage is logged now rather
     * than at the next check.
     *
     * @param reason what the request saw
     */
    public void databaseUnreachable(String reason) {
        database.down(reason);
    }

    void start(@Observes StartupEvent startup) {
        probeDatabase();
        probeKafka();
    }

    @Scheduled(every = "${lln.health.probe-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(1)) {
                throw new IllegalStateException("connection not valid");
            }
            if (database.up()) {
                dataSource.flush(AgroalDataSource.FlushMode.INVALID);
            }
        } catch (Exception e) {
            database.down(e.getMessage());
        }
    }

    @Scheduled(every = "${lln.health.probe-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probeKafka() {
        if (stopping) {
            return;
        }
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(1_500))
                    .nodes()
                    .get(1_500, TimeUnit.MILLISECONDS)
                    .size();
            if (nodes == 0) {
                throw new IllegalStateException("no broker available");
            }
            kafka.up();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            kafka.down(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> properties = KafkaProperties.forAdmin(
                    kafkaConfig, "health-probe-" + ProcessHandle.current().pid(), Duration.ofMillis(1_500));
            admin = Admin.create(properties);
        }
        return admin;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    /**
     * A dependency's latest state.
     *
     * @param up      whether the last check reached it
     * @param since   when it entered this state
     * @param reason  why it is down; null when up
     * @param checked whether it was checked at least once
     */
    public record State(boolean up, Instant since, String reason, boolean checked) {}

    private static final class Dependency {

        private final String name;
        private volatile State state = new State(false, Instant.now(), "not checked yet", false);

        Dependency(String name) {
            this.name = name;
        }

        /** @return whether this ends an outage */
        synchronized boolean up() {
            boolean wasDown = state.checked() && !state.up();
            if (!state.up()) {
                if (wasDown) {
                    LOG.infof(
                            "%s reachable again after %d s",
                            name, Duration.between(state.since(), Instant.now()).toSeconds());
                }
                state = new State(true, Instant.now(), null, true);
            }
            return wasDown;
        }

        synchronized void down(String reason) {
            if (state.up() || !state.checked()) {
                LOG.warnf("%s unreachable: %s (logged once until it is back)", name, reason);
                state = new State(false, Instant.now(), reason, true);
            }
        }
    }
}

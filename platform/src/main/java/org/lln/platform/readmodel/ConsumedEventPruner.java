package org.lln.platform.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps table {@code consumed_event} bounded: CloudEvent ids applied longer ago than
 * {@code lln.messaging.dedupe-retention} (7 days by default, the topics' and the feed's horizon for a
 * redelivery) are forgotten. A redelivery older than that still changes nothing: the read model only
 * takes a higher {@code version}.
 */
@ApplicationScoped
public class ConsumedEventPruner {

    private static final Logger LOG = Logger.getLogger(ConsumedEventPruner.class);

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "lln.messaging.dedupe-retention", defaultValue = "7d")
    Duration retention;

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("delete from consumed_event where consumed_at < :cutoff")
                        .setParameter("cutoff", Instant.now().minus(retention))
                        .executeUpdate());
        if (deleted > 0) {
            LOG.infof("Forgot %d consumed CloudEvent ids older than %s", deleted, retention);
        }
    }
}

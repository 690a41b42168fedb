package org.lln.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes published outbox rows older than {@code lln.outbox.retention} (7 days by default); until
 * then they serve the HTTP change feed. Unpublished rows are never deleted.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @Scheduled(every = "${lln.outbox.prune-interval:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from outbox_event where published_at is not null and published_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.retention()))
                .executeUpdate());
        if (deleted > 0) {
            LOG.infof("Pruned %d published outbox rows older than %s", deleted, config.retention());
        }
    }
}

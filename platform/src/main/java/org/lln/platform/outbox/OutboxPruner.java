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
 * then they serve the HTTP change feed. Unpublished rows are never deleted. The highest position
 * deleted is kept as the feed's horizon, so a reader resuming from before it is told (410 Gone)
 * instead of silently missing changes.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig config;

    @Scheduled(
            every = "${lln.outbox.prune-interval:1h}",
            delayed = "${lln.outbox.prune-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        pruneOlderThan(Instant.now().minus(config.retention()));
    }

    /**
     * @param cutoff published rows published before this instant are deleted
     * @return how many rows were deleted
     */
    public int pruneOlderThan(Instant cutoff) {
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("""
                with pruned as (
                    delete from outbox_event where published_at is not null and published_at < :cutoff
                    returning position),
                horizon as (
                    update change_feed_horizon set pruned_through = greatest(pruned_through,
                        (select coalesce(max(position), 0) from pruned))
                    returning pruned_through)
                select (select count(*) from pruned) from horizon""")
                                .setParameter("cutoff", cutoff)
                                .getSingleResult())
                        .intValue());
        if (deleted > 0) {
            LOG.infof("Pruned %d published outbox rows published before %s", deleted, cutoff);
        }
        return deleted;
    }
}

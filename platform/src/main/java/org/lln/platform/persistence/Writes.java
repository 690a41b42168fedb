package org.lln.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.lln.contract.ChangeType;
import org.lln.contract.Deleted;
import org.lln.contract.ResourceType;
import org.lln.platform.outbox.Outbox;
import org.lln.platform.security.Caller;

/**
 * The end of every write, in the caller's transaction: the change is flushed, so the database's
 * constraints have spoken (a taken code is a 409 here) and the version is final, then recorded in the
 * outbox as the representation {@code GET} returns, with the request's actor (DESIGN.md, Change events).
 * A service loads, checks who may write, {@code If-Match} and its rules, changes the entity, and ends
 * with one call:
 * {@code return writes.updated(PARTNER, partner, PartnerResponse::of);}
 */
@ApplicationScoped
public class Writes {

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /**
     * @param type   the resource type, which names the topic and the event type
     * @param entity a new entity
     * @param view   its representation
     * @param <E>    the entity type
     * @param <R>    the representation type
     * @return the representation of the stored entity, as recorded in {@code <type>.created}
     */
    public <E extends VersionedEntity, R> R created(ResourceType type, E entity, Function<? super E, R> view) {
        entityManager.persist(entity);
        return recorded(type, ChangeType.CREATED, entity, view);
    }

    /**
     * @param type   the resource type
     * @param entity a changed, managed entity
     * @param view   its representation
     * @param <E>    the entity type
     * @param <R>    the representation type
     * @return the representation with the new version, as recorded in {@code <type>.updated}
     */
    public <E extends VersionedEntity, R> R updated(ResourceType type, E entity, Function<? super E, R> view) {
        return recorded(type, ChangeType.UPDATED, entity, view);
    }

    /**
     * Removes the entity and records {@code <type>.deleted} with {@code {id, version}}, the version one
     * above the last, so consumers order the deletion after every update.
     *
     * @param type   the resource type
     * @param entity a managed entity
     */
    public void deleted(ResourceType type, VersionedEntity entity) {
        long last = entity.version;
        entityManager.remove(entity);
        entityManager.flush();
        outbox.record(type, ChangeType.DELETED, new Deleted(entity.id, last + 1), caller.actor());
    }

    private <E extends VersionedEntity, R> R recorded(
            ResourceType type, ChangeType change, E entity, Function<? super E, R> view) {
        entityManager.flush();
        R representation = view.apply(entity);
        outbox.record(type, change, representation, caller.actor());
        return representation;
    }
}

package org.lln.collaboration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lln.collaboration.domain.ActionItem;

/** Stored action items of collaboration areas, table {@code action_item}. */
@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {}

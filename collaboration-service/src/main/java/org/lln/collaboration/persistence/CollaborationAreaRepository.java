package org.lln.collaboration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lln.collaboration.domain.CollaborationArea;

/** Stored collaboration areas, table {@code collaboration_area}. */
@ApplicationScoped
public class CollaborationAreaRepository implements PanacheRepositoryBase<CollaborationArea, UUID> {

    /**
     * @param id an area id
     * @return the area with its action items, read in one query (a join) rather than one for the area and
     *     one for its items; null when there is none
     */
    public CollaborationArea findWithActions(UUID id) {
        return find("from CollaborationArea a left join fetch a.actions where a.id = ?1", id)
                .singleResultOptional()
                .orElse(null);
    }
}

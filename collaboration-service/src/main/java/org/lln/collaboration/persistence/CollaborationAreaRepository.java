package org.lln.collaboration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lln.collaboration.domain.CollaborationArea;

/** Stored collaboration areas, table {@code collaboration_area}. */
@ApplicationScoped
public class CollaborationAreaRepository implements PanacheRepositoryBase<CollaborationArea, UUID> {}

package org.lln.collaboration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.lln.collaboration.domain.AreaTransition;

/** The status history of collaboration areas, table {@code area_transition}. */
@ApplicationScoped
public class AreaTransitionRepository implements PanacheRepositoryBase<AreaTransition, Long> {}

package org.lln.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lln.events.domain.EventSeries;

/** Stored event series, table {@code event_series}. */
@ApplicationScoped
public class EventSeriesRepository implements PanacheRepositoryBase<EventSeries, UUID> {}

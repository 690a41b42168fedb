package org.lln.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.lln.events.domain.Event;

/** Stored events, table {@code event}. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /**
     * @param parentId an event id
     * @return its sub-events in date order
     */
    public List<Event> subEvents(UUID parentId) {
        return list("parentId = ?1 order by startDate, endDate, id", parentId);
    }

    /**
     * @param seriesId a series id
     * @return the series' events in date order: start date, then end date, then id
     */
    public List<Event> inSeries(UUID seriesId) {
        return list("seriesId = ?1 order by startDate, endDate, id", seriesId);
    }
}

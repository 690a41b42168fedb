package org.lln.events.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.lln.events.domain.EventSeries;

/** Stored event series, table {@code event_series}. */
@ApplicationScoped
public class EventSeriesRepository implements PanacheRepositoryBase<EventSeries, UUID> {

    /**
     * @param code a series code
     * @return the series with this code, if any
     */
    public Optional<EventSeries> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}

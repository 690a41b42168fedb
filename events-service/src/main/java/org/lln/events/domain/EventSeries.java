package org.lln.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.lln.platform.paging.SearchText;
import org.lln.platform.persistence.VersionedEntity;
import org.lln.platform.security.Actor;

/**
 * A series of related events as stored in table {@code event_series}, e.g. INRULED's CLC missions to
 * Cambodia. Its events point to it ({@code Event.seriesId}). Never returned as JSON; see
 * {@code EventSeriesResponse}.
 */
@Entity
@Table(name = "event_series")
public class EventSeries extends VersionedEntity {

    public String code;

    public String title;

    public String description;

    @Column(name = "search_text")
    public String searchText;

    /** @return a new series with a fresh id and creation time, version 0 */
    public static EventSeries create() {
        EventSeries series = new EventSeries();
        series.initialise();
        return series;
    }

    /** Marks the series changed now by {@code actor} (its version goes up on flush) and recomputes its search text. */
    public void touch(Actor actor) {
        markChanged(actor);
        searchText = SearchText.normalise(code, title, description);
    }
}

package org.lln.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.lln.platform.paging.SearchText;

/**
 * A series of related events as stored in table {@code event_series}, e.g. INRULED's CLC missions to
 * Cambodia. Its events point to it ({@code Event.seriesId}). Never returned as JSON; see
 * {@code EventSeriesResponse}.
 */
@Entity
@Table(name = "event_series")
public class EventSeries {

    @Id
    public UUID id;

    public String code;

    public String title;

    public String description;

    @Column(name = "search_text")
    public String searchText;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** @return a new series with a fresh id and creation time, version 0 */
    public static EventSeries create() {
        EventSeries series = new EventSeries();
        series.id = UUID.randomUUID();
        series.createdAt = now();
        series.updatedAt = series.createdAt;
        return series;
    }

    /** Marks the series changed now (its version goes up on flush) and recomputes its search text. */
    public void touch() {
        updatedAt = now();
        searchText = SearchText.normalise(code, title, description);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

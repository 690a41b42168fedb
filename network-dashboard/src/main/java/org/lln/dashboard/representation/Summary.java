package org.lln.dashboard.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The network at a glance, as {@code GET /api/summary} returns it and as the stream's {@code snapshot}
 * event carries it. Counts are of resources that exist now (deleted ones are gone); maps are sorted by key.
 *
 * @param position           the stream position this summary reflects, the {@code id} of stream events
 * @param generatedAt        when it was computed
 * @param counters           the headline numbers
 * @param partners           partners by type and by country
 * @param events             events per month of their start date and by type, with attendees
 * @param collaborationAreas the status pipeline and the themes
 * @param overdueActions     pending action items past their due date, oldest first
 * @param latestChanges      the latest applied changes across the network, newest first
 * @param consumption        what the dashboard read from the topics
 * @param services           base URLs of the owning services
 */
@Schema(name = "Summary", description = "Live aggregates of the network's change streams")
public record Summary(
        String position,
        Instant generatedAt,
        Counters counters,
        PartnerFigures partners,
        EventFigures events,
        AreaFigures collaborationAreas,
        List<OverdueAction> overdueActions,
        List<Activity> latestChanges,
        Consumption consumption,
        ServiceLinks services) {

    /**
     * @param partners           partners (organisations and units)
     * @param events             events (workshops, missions, ...)
     * @param eventSeries        event series
     * @param collaborationAreas collaboration areas, whatever their status
     * @param attendees          sum of the events' {@code attendeeCount}
     * @param overdueActions     pending action items past their due date
     */
    public record Counters(
            long partners,
            long events,
            long eventSeries,
            long collaborationAreas,
            long attendees,
            long overdueActions) {}

    /**
     * @param byType    partner type to count
     * @param byCountry ISO 3166-1 alpha-2 code to count; {@code unspecified} for partners without a country
     */
    public record PartnerFigures(Map<String, Long> byType, Map<String, Long> byCountry) {}

    /**
     * @param perMonth  months that have events, in order
     * @param byType    event type to count
     * @param attendees sum of {@code attendeeCount} over all events (unknown counts as 0)
     */
    public record EventFigures(List<Month> perMonth, Map<String, Long> byType, long attendees) {}

    /**
     * @param month     {@code YYYY-MM} of the events' start date
     * @param events    how many events start in it
     * @param attendees their summed {@code attendeeCount}
     */
    public record Month(String month, long events, long attendees) {}

    /**
     * @param byStatus the pipeline: every status from IDENTIFIED to DISCONTINUED in order, with its count
     * @param byTheme  theme to count
     */
    public record AreaFigures(Map<String, Long> byStatus, Map<String, Long> byTheme) {}

    /**
     * An action item that is OPEN or IN_PROGRESS after its due date in the network's time zone.
     *
     * @param areaId    its collaboration area
     * @param areaTitle the area's title
     * @param actionId  its id
     * @param title     what is to be done
     * @param dueDate   when it was due
     * @param status    OPEN or IN_PROGRESS
     * @param href      the area's JSON resource
     */
    public record OverdueAction(
            String areaId,
            String areaTitle,
            String actionId,
            String title,
            LocalDate dueDate,
            String status,
            String href) {}

    /**
     * @param appliedChanges change events that changed the aggregates
     * @param skippedRecords records that were not change events of the suite (poison), skipped
     */
    public record Consumption(long appliedChanges, long skippedRecords) {}
}

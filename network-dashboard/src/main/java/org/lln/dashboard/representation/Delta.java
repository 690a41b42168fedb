package org.lln.dashboard.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one applied change did to the {@link Summary}: the change itself, and each part of the summary
 * that changed, whole; parts that did not change are absent. A client applies it by putting
 * {@code change} first in its activity feed and replacing the parts present.
 *
 * @param position           the stream position after this change
 * @param change             the change, for the activity feed
 * @param counters           new counters, when they changed
 * @param partners           new partner figures, when they changed
 * @param events             new event figures, when they changed
 * @param collaborationAreas new area figures, when they changed
 * @param overdueActions     new overdue list, when it changed
 * @param consumption        new consumption figures, when they changed
 */
@Schema(name = "Delta", description = "The parts of the summary one change altered")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delta(
        String position,
        Activity change,
        Summary.Counters counters,
        Summary.PartnerFigures partners,
        Summary.EventFigures events,
        Summary.AreaFigures collaborationAreas,
        List<Summary.OverdueAction> overdueActions,
        Summary.Consumption consumption) {

    /**
     * @param before the summary the client has
     * @param after  the summary after {@code change}
     * @param change the change
     * @return the delta from {@code before} to {@code after}
     */
    public static Delta between(Summary before, Summary after, Activity change) {
        return new Delta(
                after.position(),
                change,
                changed(before.counters(), after.counters()),
                changed(before.partners(), after.partners()),
                changed(before.events(), after.events()),
                changed(before.collaborationAreas(), after.collaborationAreas()),
                changed(before.overdueActions(), after.overdueActions()),
                changed(before.consumption(), after.consumption()));
    }

    private static <T> T changed(T before, T after) {
        return Objects.equals(before, after) ? null : after;
    }
}

package org.lln.partners.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The events and collaboration areas a partner takes part in, as this service's read models know them.
 *
 * @param partnerId          the partner
 * @param events             events in date order, each with the partner's roles
 * @param collaborationAreas collaboration areas, each with the partner's role and the area's status
 */
@Schema(name = "Engagements")
public record EngagementsResponse(UUID partnerId, List<EventEngagement> events, List<AreaEngagement> collaborationAreas) {

    /**
     * One event the partner takes part in.
     *
     * @param eventId   the event
     * @param code      its code
     * @param title     its title
     * @param type      WORKSHOP, MISSION, ...
     * @param status    PLANNED, CONFIRMED, ...
     * @param startDate first day, YYYY-MM-DD
     * @param endDate   last day (inclusive), YYYY-MM-DD
     * @param roles     the partner's roles: ORGANIZER, HOST, INVITED_EXPERT, PRESENTER, PARTICIPANT, DELEGATION, SPEAKER
     */
    public record EventEngagement(UUID eventId, String code, String title, String type, String status, String startDate,
            String endDate, List<String> roles) {
    }

    /**
     * One collaboration area the partner takes part in.
     *
     * @param collaborationAreaId the area
     * @param code                its code
     * @param title               its title
     * @param theme               TVET, DIGITAL_TRANSFORMATION, ...
     * @param status              IDENTIFIED, PROPOSED, ...
     * @param role                LEAD, MEMBER or SUPPORTER
     */
    public record AreaEngagement(UUID collaborationAreaId, String code, String title, String theme, String status,
            String role) {
    }
}

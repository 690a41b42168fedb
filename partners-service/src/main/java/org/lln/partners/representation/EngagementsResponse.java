package org.lln.partners.representation;

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
public record EngagementsResponse(
        UUID partnerId, List<EventEngagement> events, List<AreaEngagement> collaborationAreas) {

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
    public record EventEngagement(
            UUID eventId,
            String code,
            String title,

            @Schema(
                    enumeration = {
                        "WORKSHOP",
                        "MISSION",
                        "SITE_VISIT",
                        "MEETING",
                        "CONFERENCE",
                        "TRAINING",
                        "PRESENTATION",
                        "OTHER"
                    })
            String type,

            @Schema(enumeration = {"PLANNED", "CONFIRMED", "COMPLETED", "CANCELLED", "POSTPONED"})
            String status,

            @Schema(format = "date", examples = "2025-05-06")
            String startDate,

            @Schema(format = "date", examples = "2025-05-09")
            String endDate,

            @Schema(description = "ORGANIZER, HOST, INVITED_EXPERT, PRESENTER, PARTICIPANT, DELEGATION or SPEAKER")
            List<String> roles) {}

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
    public record AreaEngagement(
            UUID collaborationAreaId,
            String code,
            String title,

            @Schema(
                    enumeration = {
                        "TVET",
                        "DIGITAL_TRANSFORMATION",
                        "SKILLS_DEVELOPMENT",
                        "LIFELONG_LEARNING",
                        "ESD",
                        "CLC_CAPACITY_BUILDING",
                        "RURAL_DEVELOPMENT",
                        "OTHER"
                    })
            String theme,

            @Schema(enumeration = {"IDENTIFIED", "PROPOSED", "AGREED", "ACTIVE", "COMPLETED", "DISCONTINUED"})
            String status,

            @Schema(enumeration = {"LEAD", "MEMBER", "SUPPORTER"})
            String role) {}
}

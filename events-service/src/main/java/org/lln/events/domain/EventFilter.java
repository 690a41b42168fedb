package org.lln.events.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of {@code GET /events} and {@code GET /events.ics}; each null member is not applied.
 *
 * @param q               case-insensitive text in code, title or description, any script
 * @param code            exact code
 * @param type            event type
 * @param status          event status
 * @param partnerId       events this partner organises, takes part in or speaks at
 * @param organizerId     events this partner organises
 * @param from            events ending on or after this day
 * @param to              events starting on or before this day
 * @param countryCode     ISO 3166-1 alpha-2 of the location
 * @param subdivisionCode ISO 3166-2 of the location
 * @param parentId        sub-events of this event
 * @param seriesId        events of this series
 * @param topic           events tagged with this topic (exact match)
 */
public record EventFilter(
        String q,
        String code,
        EventType type,
        EventStatus status,
        UUID partnerId,
        UUID organizerId,
        LocalDate from,
        LocalDate to,
        String countryCode,
        String subdivisionCode,
        UUID parentId,
        UUID seriesId,
        String topic) {}

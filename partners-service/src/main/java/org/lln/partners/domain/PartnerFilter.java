package org.lln.partners.domain;

import java.util.UUID;

/**
 * The filters of {@code GET /partners}; each null member is not applied.
 *
 * @param q               case-insensitive text in code, name, acronym or other names, any script
 * @param code            exact code
 * @param type            partner type
 * @param countryCode     ISO 3166-1 alpha-2
 * @param subdivisionCode ISO 3166-2
 * @param parentId        units of this partner
 * @param status          ACTIVE or ARCHIVED
 */
public record PartnerFilter(
        String q,
        String code,
        PartnerType type,
        String countryCode,
        String subdivisionCode,
        UUID parentId,
        PartnerStatus status) {}

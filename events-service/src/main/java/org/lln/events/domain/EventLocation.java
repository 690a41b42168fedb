package org.lln.events.domain;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.platform.validation.CountryCode;
import org.lln.platform.validation.SubdivisionCode;

/**
 * Where an event takes place. Every member is optional; {@code subdivisionCode} must belong to
 * {@code countryCode} when both are given (checked by the service).
 *
 * @param venue           building or site, up to 300 characters
 * @param locality        town or city, up to 200 characters
 * @param subdivisionCode ISO 3166-2, e.g. {@code KH-7} (Kampot Province)
 * @param countryCode     ISO 3166-1 alpha-2, e.g. {@code KH}
 */
public record EventLocation(
        @Size(max = 300) @Schema(nullable = true) String venue,
        @Size(max = 200) @Schema(nullable = true) String locality,
        @SubdivisionCode @Schema(nullable = true) String subdivisionCode,
        @CountryCode @Schema(nullable = true) String countryCode) {}

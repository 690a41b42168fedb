package org.lln.partners.representation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.partners.domain.Partner;
import org.lln.partners.domain.PartnerIdentifier;
import org.lln.partners.domain.PartnerName;
import org.lln.partners.domain.PartnerStatus;
import org.lln.partners.domain.PartnerType;
import org.lln.platform.http.Representations;
import org.lln.platform.security.Actor;

/**
 * A partner as {@code GET} returns it and as the {@code data} of its change events (DESIGN.md, Partner).
 * Optional members are present with {@code null} when unset.
 */
@Schema(name = "Partner", description = "A partner body of the network")
public record PartnerResponse(
        UUID id,
        String code,
        String name,
        @Schema(nullable = true) String acronym,
        List<PartnerName> names,
        PartnerType type,
        @Schema(nullable = true) UUID parentId,
        @Schema(nullable = true) String countryCode,
        @Schema(nullable = true) String subdivisionCode,
        @Schema(nullable = true) String locality,
        @Schema(nullable = true) String website,
        List<PartnerIdentifier> identifiers,
        PartnerStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, readOnly = true) Actor updatedBy)
        implements Representations.Versioned {

    /**
     * @param partner a stored partner, flushed so its version is current
     * @return its API representation
     */
    public static PartnerResponse of(Partner partner) {
        return new PartnerResponse(
                partner.id,
                partner.code,
                partner.name,
                partner.acronym,
                List.copyOf(partner.names),
                partner.type,
                partner.parentId,
                partner.countryCode,
                partner.subdivisionCode,
                partner.locality,
                partner.website,
                List.copyOf(partner.identifiers),
                partner.status,
                partner.version,
                partner.createdAt,
                partner.updatedAt,
                partner.updatedBy);
    }
}

package org.lln.partners.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An identifier of a partner in an external registry, e.g. IATI organisation id {@code XM-DAC-41304}
 * for UNESCO.
 *
 * @param scheme the registry, e.g. {@code IATI}; up to 64 characters
 * @param value  the identifier there; up to 200 characters
 */
public record PartnerIdentifier(
        @NotBlank @Size(max = 64) String scheme,
        @NotBlank @Size(max = 200) String value) {}

package org.lln.partners.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.partners.domain.PartnerIdentifier;
import org.lln.partners.domain.PartnerName;
import org.lln.partners.domain.PartnerStatus;
import org.lln.partners.domain.PartnerType;
import org.lln.platform.validation.Code;
import org.lln.platform.validation.CountryCode;
import org.lln.platform.validation.SubdivisionCode;

/**
 * What a client sends to create ({@code POST}) or replace ({@code PUT}) a partner; a merge patch is
 * applied to the current partner and read as this type too. Server-owned fields ({@code id},
 * {@code version}, {@code createdAt}, {@code updatedAt}, {@code updatedBy}) are accepted and ignored; any other unknown
 * field is a 400.
 */
@JsonIgnoreProperties(
        value = {"id", "version", "createdAt", "updatedAt", "updatedBy"},
        allowGetters = false)
@Schema(name = "PartnerInput", description = "A partner as a client writes it")
public record PartnerRequest(
        @NotNull @Code @Schema(examples = "unesco-inruled") String code,

        @NotBlank @Size(max = 300) @Schema(description = "Official English name")
        String name,

        @Size(min = 1, max = 32) String acronym,
        @Size(max = 20) List<@Valid @NotNull PartnerName> names,
        @NotNull PartnerType type,

        @Schema(description = "The partner this one is a unit of")
        UUID parentId,

        @CountryCode @Schema(examples = "KH") String countryCode,
        @SubdivisionCode @Schema(examples = "KH-7") String subdivisionCode,
        @Size(max = 200) String locality,

        @Size(max = 500) @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "must be an http or https URL")
        String website,

        @Size(max = 20) List<@Valid @NotNull PartnerIdentifier> identifiers,
        @Schema(description = "ACTIVE when absent") PartnerStatus status) {

    /** @return the other names, empty when absent */
    public List<PartnerName> namesOrEmpty() {
        return names == null ? List.of() : names;
    }

    /** @return the identifiers, empty when absent */
    public List<PartnerIdentifier> identifiersOrEmpty() {
        return identifiers == null ? List.of() : identifiers;
    }
}

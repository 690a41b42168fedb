package org.lln.collaboration.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.collaboration.domain.AreaPartner;
import org.lln.collaboration.domain.Dimension;
import org.lln.collaboration.domain.Sdg4Target;
import org.lln.collaboration.domain.Theme;
import org.lln.platform.validation.Code;

/**
 * What a client sends to create ({@code POST}) or replace ({@code PUT}) a collaboration area; a merge
 * patch is applied to the current area and read as this type too. Server-owned fields ({@code id},
 * {@code status}, {@code actions}, {@code version}, {@code createdAt}, {@code updatedAt}, {@code updatedBy}) are accepted
 * and ignored: the status moves only through {@code POST .../transitions}. Any other unknown field is
 * a 400.
 */
@JsonIgnoreProperties(
        value = {"id", "status", "actions", "version", "createdAt", "updatedAt", "updatedBy"},
        allowGetters = false)
@Schema(name = "CollaborationAreaInput", description = "A collaboration area as a client writes it")
public record CollaborationAreaRequest(
        @NotNull @Code @Schema(examples = "regional-tvet-cooperation")
        String code,

        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @NotNull Theme theme,

        @Size(max = 4) @Schema(description = "Dimensions of rural development it serves, each at most once")
        List<@NotNull Dimension> dimensions,

        @Size(max = 50)
        @Schema(description = "Partners known from lln.partners, each at most once; archived ones cannot be added")
        List<@Valid @NotNull AreaPartner> partners,

        @Size(max = 50) @Schema(description = "Events (from lln.events) where the area was identified")
        List<@NotNull UUID> originEventIds,

        @Size(max = 10)
        @Schema(description = "SDG 4 targets: 4.1 to 4.7, 4.a, 4.b, 4.c", examples = "[\"4.3\", \"4.4\"]")
        List<@NotNull @Sdg4Target String> sdgTargets) {

    /** @return the dimensions, empty when absent */
    public List<Dimension> dimensionsOrEmpty() {
        return dimensions == null ? List.of() : dimensions;
    }

    /** @return the partners, empty when absent */
    public List<AreaPartner> partnersOrEmpty() {
        return partners == null ? List.of() : partners;
    }

    /** @return the origin event ids, empty when absent */
    public List<UUID> originEventIdsOrEmpty() {
        return originEventIds == null ? List.of() : originEventIds;
    }

    /** @return the SDG 4 targets, empty when absent */
    public List<String> sdgTargetsOrEmpty() {
        return sdgTargets == null ? List.of() : sdgTargets;
    }
}

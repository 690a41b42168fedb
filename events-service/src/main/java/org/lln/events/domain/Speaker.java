package org.lln.events.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person who speaks in a session.
 *
 * @param name      as announced, e.g. {@code Dr. Qi Xinjian}; up to 200 characters
 * @param role      the person's position, e.g. {@code Assistant Director}; up to 200 characters
 * @param partnerId the partner the speaker represents, known to the partner read model; may be null
 */
public record Speaker(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Schema(nullable = true) String role,
        @Schema(nullable = true) UUID partnerId) {}

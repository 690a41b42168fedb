package org.lln.collaboration.representation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.contract.AreaStatus;

/**
 * A request to move a collaboration area along its status pipeline.
 *
 * @param to   the requested status; must be a next state of the current one
 * @param note why, up to 2000 characters; optional
 */
@Schema(name = "TransitionInput")
public record TransitionRequest(
        @NotNull AreaStatus to, @Size(max = 2000) String note) {}

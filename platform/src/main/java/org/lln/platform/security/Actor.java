package org.lln.platform.security;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who made a change (DESIGN.md, HTTP conventions: every change records its actor): the token's subject
 * and the partner it acted for. Stored with the resource as {@code updatedBy}, with an area's status
 * transitions, and on the change event as the CloudEvents extension attributes {@code actor} and
 * {@code actorpartner}. Never the token itself.
 *
 * @param subject   the bearer token's {@code sub} claim
 * @param partnerId the partner the token acted for, or null for a token without one (the secretariat)
 */
@Schema(
        name = "Actor",
        readOnly = true,
        description =
                "Who made the last change: the token's subject and the partner it acted for (null: none). Set by the server.")
public record Actor(
        @Schema(examples = "moeys-registry") String subject,
        @Schema(nullable = true) UUID partnerId) {}

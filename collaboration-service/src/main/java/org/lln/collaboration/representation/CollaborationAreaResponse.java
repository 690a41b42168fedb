package org.lln.collaboration.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.collaboration.domain.ActionItem;
import org.lln.collaboration.domain.AreaPartner;
import org.lln.collaboration.domain.CollaborationArea;
import org.lln.collaboration.domain.Dimension;
import org.lln.collaboration.domain.Theme;
import org.lln.contract.AreaStatus;
import org.lln.platform.http.Representations;
import org.lln.platform.security.Actor;

/**
 * A collaboration area as {@code GET} returns it and as the {@code data} of its change events
 * (DESIGN.md, Collaboration area), with its action items (due date first, undated last). Optional
 * members are present with {@code null} when unset.
 */
@Schema(name = "CollaborationArea", description = "An area the network's partners collaborate on")
public record CollaborationAreaResponse(
        UUID id,
        String code,
        String title,
        @Schema(nullable = true) String description,
        Theme theme,
        List<Dimension> dimensions,

        @Schema(description = "Changed only by POST /collaboration-areas/{id}/transitions")
        AreaStatus status,

        List<AreaPartner> partners,
        List<UUID> originEventIds,
        List<String> sdgTargets,

        @Schema(description = "Read-only here; managed under /collaboration-areas/{id}/actions")
        List<ActionItemResponse> actions,

        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, readOnly = true) Actor updatedBy)
        implements Representations.Versioned {

    private static final Comparator<ActionItem> AGENDA = Comparator.comparing(
                    (ActionItem item) -> item.dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(item -> item.createdAt)
            .thenComparing(item -> item.id);

    /**
     * @param area  a stored area, flushed so its version is current
     * @param today the current date in the network's time zone, for the actions' overdue flag
     * @return its API representation
     */
    public static CollaborationAreaResponse of(CollaborationArea area, LocalDate today) {
        return new CollaborationAreaResponse(
                area.id,
                area.code,
                area.title,
                area.description,
                area.theme,
                area.dimensions.stream().map(Dimension::valueOf).toList(),
                area.status,
                List.copyOf(area.partners),
                List.copyOf(area.originEventIds),
                List.copyOf(area.sdgTargets),
                area.actions.stream()
                        .sorted(AGENDA)
                        .map(item -> ActionItemResponse.of(item, today))
                        .toList(),
                area.version,
                area.createdAt,
                area.updatedAt,
                area.updatedBy);
    }
}

package org.lln.collaboration.domain;

import java.util.UUID;
import org.lln.contract.AreaStatus;

/**
 * The filters of {@code GET /collaboration-areas}; each null member is not applied.
 *
 * @param q         case-insensitive text in code, title or description, any script
 * @param code      exact code
 * @param status    pipeline status
 * @param theme     theme
 * @param partnerId areas this partner takes part in, in any role
 * @param eventId   areas identified at this event ({@code originEventIds})
 * @param sdgTarget areas serving this SDG 4 target, e.g. {@code 4.7}
 * @param dimension areas serving this dimension of rural development
 */
public record AreaFilter(
        String q,
        String code,
        AreaStatus status,
        Theme theme,
        UUID partnerId,
        UUID eventId,
        String sdgTarget,
        Dimension dimension) {}

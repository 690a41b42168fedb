package org.lln.collaboration.domain;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A partner taking part in a collaboration area.
 *
 * @param partnerId a partner known from {@code lln.partners}
 * @param role      LEAD, MEMBER or SUPPORTER
 */
public record AreaPartner(@NotNull UUID partnerId, @NotNull PartnerRole role) {}

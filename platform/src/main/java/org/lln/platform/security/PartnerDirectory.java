package org.lln.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds a partner's id from its code, for the token's {@link Caller#PARTNER_CLAIM partner claim}. Each
 * service answers from its own data: partners-service from its partners, the others from their read model
 * of {@code lln.partners} ({@link ReadModelPartnerDirectory}), never by calling another service.
 */
public interface PartnerDirectory {

    /**
     * @param code a partner code, e.g. {@code moeys}
     * @return the id of the partner with this code, or empty when this service knows none (or it was deleted)
     */
    Optional<UUID> idOf(String code);
}

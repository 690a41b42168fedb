package org.lln.events.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Checks and describes partner references against this service's read model of {@code lln.partners}
 * (resource type {@code partner} in table {@code read_model}): DESIGN.md requires every referenced
 * partner to be known there, and refuses new references to an archived partner.
 */
@ApplicationScoped
public class PartnerReferences {

    /** Resource type of partners in the read model, as in CloudEvent type {@code org.lln.partner.*}. */
    public static final String PARTNER = "partner";

    @Inject
    ReadModelStore readModel;

    /**
     * @param field    JSON path of the reference in the request, e.g. {@code sessions[0].speakers[1].partnerId}
     * @param id       the referenced partner, or null (nothing to check)
     * @param existing partners the event already referenced before this change; they may be archived
     * @throws ProblemException 422 naming {@code field} when the partner is unknown (or deleted), or
     *                          archived and not already referenced
     */
    public void require(String field, UUID id, Set<UUID> existing) {
        if (id == null) {
            return;
        }
        JsonNode partner = readModel.current(PARTNER, id).orElseThrow(() -> ProblemException.unprocessableReference(field,
                "no partner " + id + " is known to events-service (from lln.partners)"));
        if ("ARCHIVED".equals(partner.path("status").asText()) && !existing.contains(id)) {
            throw ProblemException.unprocessableReference(field, "partner " + id + " ("
                    + partner.path("code").asText() + ") is archived and cannot be newly referenced");
        }
    }

    /**
     * @param id a partner id, or null
     * @return the partner's name as the read model last saw it, if it is known
     */
    public Optional<String> name(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return readModel.current(PARTNER, id).map(partner -> partner.path("name").asText(null));
    }
}

package org.lln.collaboration.service;

import org.lln.collaboration.domain.AreaPartner;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.readmodel.ReadModelStore;

/**
 * Checks references to partners and events against this service's read models of {@code lln.partners}
 * and {@code lln.events} (DESIGN.md: an unknown id is refused with 422 naming the field). A new
 * reference must name a known resource, and a partner must not be archived; a reference the resource
 * already holds is kept as it is, so archiving a partner never blocks editing what it took part in.
 */
@ApplicationScoped
public class References {

    @Inject
    ReadModelStore store;

    /**
     * @param partners the area's partners, in request order
     * @param kept     partner ids the area already references
     * @throws ProblemException 422 naming {@code partners[i].partnerId} for an unknown or archived partner
     */
    public void requirePartners(List<AreaPartner> partners, Set<UUID> kept) {
        for (int i = 0; i < partners.size(); i++) {
            UUID id = partners.get(i).partnerId();
            if (!kept.contains(id)) {
                requirePartner("partners[" + i + "].partnerId", id);
            }
        }
    }

    /**
     * @param eventIds the area's origin events, in request order
     * @param kept     event ids the area already references
     * @throws ProblemException 422 naming {@code originEventIds[i]} for an unknown event
     */
    public void requireEvents(List<UUID> eventIds, Set<UUID> kept) {
        for (int i = 0; i < eventIds.size(); i++) {
            UUID id = eventIds.get(i);
            if (!kept.contains(id) && store.current("event", id).isEmpty()) {
                throw ProblemException.unprocessableReference("originEventIds[" + i + "]", "no event " + id);
            }
        }
    }

    /**
     * @param field the field to name in the problem, e.g. {@code ownerPartnerId}
     * @param id    a partner id; null passes
     * @throws ProblemException 422 naming {@code field} for an unknown or archived partner
     */
    public void requirePartner(String field, UUID id) {
        if (id == null) {
            return;
        }
        Optional<JsonNode> partner = store.current("partner", id);
        if (partner.isEmpty()) {
            throw ProblemException.unprocessableReference(field, "no partner " + id);
        }
        if ("ARCHIVED".equals(partner.get().path("status").asText())) {
            throw ProblemException.unprocessableReference(field, "partner " + id + " is archived");
        }
    }
}

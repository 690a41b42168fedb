package org.lln.platform.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lln.contract.ResourceType;
import org.lln.platform.problem.ProblemException;

/**
 * Checks references to other services' resources against this service's read models, fed from their
 * topics (DESIGN.md, Services and data ownership: an unknown id is refused with 422 naming the field).
 * A new reference must name a known resource that is not archived; a reference the resource already
 * holds is kept as it is, so archiving a partner never blocks editing what it took part in.
 */
@ApplicationScoped
public class References {

    @Inject
    ReadModelStore store;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * @param type  what the id names, e.g. {@link ResourceType#PARTNER}
     * @param field the JSON path of the reference in the request, e.g. {@code participants[2].partnerId}
     * @param id    the referenced id; null passes
     * @param held  ids the resource already references; they pass as they are
     * @throws ProblemException 422 naming {@code field} when the id is new and unknown, or archived
     */
    public void require(ResourceType type, String field, UUID id, Set<UUID> held) {
        if (id == null || held.contains(id)) {
            return;
        }
        JsonNode current = store.current(type.typeName(), id)
                .orElseThrow(() -> ProblemException.unprocessableReference(
                        field,
                        "no " + type.typeName() + " " + id + " is known to " + service + " (from " + type.topic()
                                + ")"));
        if ("ARCHIVED".equals(current.path("status").asText())) {
            throw ProblemException.unprocessableReference(
                    field,
                    type.typeName() + " " + id + " (" + current.path("code").asText()
                            + ") is archived and cannot be newly referenced");
        }
    }

    /**
     * @param type  what the ids name
     * @param field the JSON path of the i-th reference, e.g. {@code i -> "partners[" + i + "].partnerId"}
     * @param ids   the referenced ids, in request order
     * @param held  ids the resource already references
     * @throws ProblemException 422 naming the first new id that is unknown or archived
     */
    public void requireAll(ResourceType type, IntFunction<String> field, List<UUID> ids, Set<UUID> held) {
        for (int i = 0; i < ids.size(); i++) {
            require(type, field.apply(i), ids.get(i), held);
        }
    }

    /**
     * @param type what the id names
     * @param id   an id, or null
     * @return the resource's {@code name} (or {@code title}) as the read model last saw it, if known
     */
    public Optional<String> name(ResourceType type, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return store.current(type.typeName(), id)
                .map(resource -> resource.hasNonNull("name")
                        ? resource.get("name").asText()
                        : resource.path("title").asText(null));
    }
}

package org.lln.partners.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lln.partners.representation.EngagementsResponse;
import org.lln.partners.representation.EngagementsResponse.AreaEngagement;
import org.lln.partners.representation.EngagementsResponse.EventEngagement;

/**
 * What a partner takes part in, answered from this service's read models of {@code lln.events} and
 * {@code lln.collaboration-areas} (table {@code read_model}): events it organises, joins or speaks at,
 * and collaboration areas it leads, belongs to or supports.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Engagements {

    /**
     * Numbers of engagements.
     *
     * @param events             events the partner takes part in
     * @param collaborationAreas collaboration areas the partner takes part in
     */
    public record Count(long events, long collaborationAreas) {

        /** @return events plus collaboration areas */
        public long total() {
            return events + collaborationAreas;
        }
    }

    private static final String EVENTS = """
            select cast(data as text) from read_model
            where resource_type = 'event' and not deleted and (
                data ->> 'organizerId' = :partner
                or data -> 'participants' @> cast(:participant as jsonb)
                or data -> 'sessions' @> cast(:speaker as jsonb))
            order by data ->> 'startDate', id""";

    private static final String AREAS = """
            select cast(data as text) from read_model
            where resource_type = 'collaboration-area' and not deleted
              and data -> 'partners' @> cast(:participant as jsonb)
            order by data ->> 'title', id""";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    /**
     * @param partnerId a partner id (not checked here)
     * @return the partner's events in date order, with its roles, and its collaboration areas with role and status
     */
    public EngagementsResponse of(UUID partnerId) {
        List<EventEngagement> events = rows(EVENTS, partnerId).stream()
                .map(event -> new EventEngagement(
                        uuid(event, "id"),
                        text(event, "code"),
                        text(event, "title"),
                        text(event, "type"),
                        text(event, "status"),
                        text(event, "startDate"),
                        text(event, "endDate"),
                        rolesIn(event, partnerId.toString())))
                .toList();
        List<AreaEngagement> areas = rows(AREAS, partnerId).stream()
                .map(area -> new AreaEngagement(
                        uuid(area, "id"),
                        text(area, "code"),
                        text(area, "title"),
                        text(area, "theme"),
                        text(area, "status"),
                        roleIn(area, partnerId.toString())))
                .toList();
        return new EngagementsResponse(partnerId, events, areas);
    }

    /**
     * @param partnerId a partner id
     * @return how many events and collaboration areas it takes part in
     */
    public Count count(UUID partnerId) {
        return new Count(rows(EVENTS, partnerId).size(), rows(AREAS, partnerId).size());
    }

    private List<JsonNode> rows(String sql, UUID partnerId) {
        var query = entityManager.createNativeQuery(sql);
        query.setParameter("participant", "[{\"partnerId\":\"" + partnerId + "\"}]");
        if (sql.contains(":speaker")) {
            query.setParameter("partner", partnerId.toString());
            query.setParameter("speaker", "[{\"speakers\":[{\"partnerId\":\"" + partnerId + "\"}]}]");
        }
        List<JsonNode> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            try {
                result.add(mapper.readTree((String) row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    private static List<String> rolesIn(JsonNode event, String partnerId) {
        Set<String> roles = new LinkedHashSet<>();
        if (partnerId.equals(event.path("organizerId").asText())) {
            roles.add("ORGANIZER");
        }
        event.path("participants").forEach(p -> {
            if (partnerId.equals(p.path("partnerId").asText())) {
                roles.add(p.path("role").asText("PARTICIPANT"));
            }
        });
        event.path("sessions")
                .forEach(s -> s.path("speakers").forEach(speaker -> {
                    if (partnerId.equals(speaker.path("partnerId").asText())) {
                        roles.add("SPEAKER");
                    }
                }));
        return List.copyOf(roles);
    }

    private static String roleIn(JsonNode area, String partnerId) {
        for (JsonNode p : area.path("partners")) {
            if (partnerId.equals(p.path("partnerId").asText())) {
                return p.path("role").asText(null);
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asText());
    }
}

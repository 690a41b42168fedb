package org.lln.dashboard.representation;

/**
 * Base URLs of the owning services as a browser reaches them, and the links made from them.
 *
 * @param partners      partners-service, e.g. {@code http://localhost:8081}
 * @param events        events-service (events and event series)
 * @param collaboration collaboration-service
 */
public record ServiceLinks(String partners, String events, String collaboration) {

    /**
     * @param resource a resource type of the suite, e.g. {@code event-series}
     * @param id       its id
     * @return its JSON resource URL, e.g. {@code http://localhost:8082/event-series/<id>}
     */
    public String resourceUrl(String resource, String id) {
        return switch (resource) {
            case "partner" -> partners + "/partners/" + id;
            case "event" -> events + "/events/" + id;
            case "event-series" -> events + "/event-series/" + id;
            default -> collaboration + "/collaboration-areas/" + id;
        };
    }

    /**
     * @param resource a resource type of the suite
     * @return the owning service's Swagger UI, deep-linked to the operation that reads one such resource
     */
    public String swaggerUi(String resource) {
        return switch (resource) {
            case "partner" -> partners + "/q/swagger-ui/#/Partners/getPartner";
            case "event" -> events + "/q/swagger-ui/#/Events/getEvent";
            case "event-series" -> events + "/q/swagger-ui/#/Event%20series/getEventSeries";
            default -> collaboration + "/q/swagger-ui/#/Collaboration%20areas/getCollaborationArea";
        };
    }
}

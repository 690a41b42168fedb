package org.lln.faults;

/**
 * Base URLs of the running suite.
 *
 * @param partners      partners-service
 * @param events        events-service
 * @param collaboration collaboration-service
 * @param dashboard     network-dashboard
 */
record Urls(String partners, String events, String collaboration, String dashboard) {

    /**
     * @param service a service name, e.g. {@code events-service}
     * @return its base URL
     */
    String of(String service) {
        return switch (service) {
            case "partners-service" -> partners;
            case "events-service" -> events;
            case "collaboration-service" -> collaboration;
            case "network-dashboard" -> dashboard;
            default -> throw new IllegalArgumentException(service);
        };
    }
}

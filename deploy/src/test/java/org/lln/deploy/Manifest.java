package org.lln.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Kubernetes resource as written in a YAML file.
 *
 * @param origin where it comes from, e.g. {@code deploy/kubernetes/10-kafka.yaml#2}, for messages
 * @param body   the resource: {@code apiVersion}, {@code kind}, {@code metadata}, ...
 */
record Manifest(String origin, JsonNode body) {

    /** @return e.g. {@code apps/v1} */
    String apiVersion() {
        return body.path("apiVersion").asText();
    }

    /** @return e.g. {@code Deployment} */
    String kind() {
        return body.path("kind").asText();
    }

    /** @return {@code metadata.name} */
    String name() {
        return body.path("metadata").path("name").asText();
    }

    /** @return {@code kind/name}, e.g. {@code KafkaTopic/lln.partners} */
    String id() {
        return kind() + "/" + name();
    }

    /** @return a deep copy, to break on purpose */
    Manifest copy(String why) {
        return new Manifest(origin + " (" + why + ")", (ObjectNode) body.deepCopy());
    }

    @Override
    public String toString() {
        return id() + " from " + origin;
    }
}

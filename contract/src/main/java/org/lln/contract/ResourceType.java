package org.lln.contract;

import java.util.Optional;
import java.util.UUID;

/**
 * The resources whose changes the suite publishes (DESIGN.md, Change events), with where and how:
 * the Kafka topic, the CloudEvent {@code source}, the {@code subject} prefix and the CloudEvent types
 * {@code org.lln.<typeName>.<created|updated|deleted>}.
 */
public enum ResourceType {
    /** partners-service's partners */
    PARTNER("partner", "lln.partners", "partners", "/partners-service"),
    /** events-service's events */
    EVENT("event", "lln.events", "events", "/events-service"),
    /** events-service's event series, on the same topic as events */
    EVENT_SERIES("event-series", "lln.events", "event-series", "/events-service"),
    /** collaboration-service's collaboration areas (their transitions and action items are area updates) */
    COLLABORATION_AREA(
            "collaboration-area", "lln.collaboration-areas", "collaboration-areas", "/collaboration-service");

    private static final String TYPE_PREFIX = "org.lln.";

    private final String typeName;
    private final String topic;
    private final String subjectPrefix;
    private final String source;

    ResourceType(String typeName, String topic, String subjectPrefix, String source) {
        this.typeName = typeName;
        this.topic = topic;
        this.subjectPrefix = subjectPrefix;
        this.source = source;
    }

    /** @return the name in CloudEvent types and read models, e.g. {@code event-series} */
    public String typeName() {
        return typeName;
    }

    /** @return the Kafka topic its owner publishes to, e.g. {@code lln.events} */
    public String topic() {
        return topic;
    }

    /** @return the collection name that starts a subject, e.g. {@code event-series} */
    public String subjectPrefix() {
        return subjectPrefix;
    }

    /** @return the CloudEvent {@code source}: the owning service, e.g. {@code /events-service} */
    public String source() {
        return source;
    }

    /**
     * @param change what happened
     * @return the CloudEvent type, e.g. {@code org.lln.event-series.updated}
     */
    public String eventType(ChangeType change) {
        return TYPE_PREFIX + typeName + "." + change.typeName();
    }

    /**
     * @param id the resource id
     * @return the CloudEvent subject, e.g. {@code partners/8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01}
     */
    public String subject(UUID id) {
        return subjectPrefix + "/" + id;
    }

    /**
     * @param typeName a name such as {@code collaboration-area}
     * @return the resource type of that name, or empty when there is none
     */
    public static Optional<ResourceType> fromTypeName(String typeName) {
        for (ResourceType type : values()) {
            if (type.typeName.equals(typeName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

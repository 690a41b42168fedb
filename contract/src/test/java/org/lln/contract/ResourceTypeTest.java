package org.lln.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Topics, sources, subjects and types as DESIGN.md (Change events) lists them. */
class ResourceTypeTest {

    @Test
    void namesTopicsSourcesAndTypesAsTheDesignDoes() {
        UUID id = UUID.fromString("8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01");

        assertThat(ResourceType.PARTNER.topic()).isEqualTo("lln.partners");
        assertThat(ResourceType.PARTNER.source()).isEqualTo("/partners-service");
        assertThat(ResourceType.PARTNER.subject(id)).isEqualTo("partners/8a4f5b0e-2f1d-4c7a-9b3e-5d6c7e8f9a01");
        assertThat(ResourceType.PARTNER.eventType(ChangeType.CREATED)).isEqualTo("org.lln.partner.created");
        assertThat(ResourceType.EVENT.topic())
                .isEqualTo(ResourceType.EVENT_SERIES.topic())
                .isEqualTo("lln.events");
        assertThat(ResourceType.EVENT_SERIES.subject(id)).startsWith("event-series/");
        assertThat(ResourceType.EVENT_SERIES.eventType(ChangeType.DELETED)).isEqualTo("org.lln.event-series.deleted");
        assertThat(ResourceType.COLLABORATION_AREA.topic()).isEqualTo("lln.collaboration-areas");
        assertThat(ResourceType.COLLABORATION_AREA.source()).isEqualTo("/collaboration-service");
        assertThat(ResourceType.COLLABORATION_AREA.eventType(ChangeType.UPDATED))
                .isEqualTo("org.lln.collaboration-area.updated");
    }

    @Test
    void findsATypeByItsName() {
        assertThat(ResourceType.fromTypeName("event-series")).contains(ResourceType.EVENT_SERIES);
        assertThat(ResourceType.fromTypeName("invoice")).isEmpty();
    }
}

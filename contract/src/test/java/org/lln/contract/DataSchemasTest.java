package org.lln.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The data schemas against resources as the services' {@code GET} returns them (samples copied from
 * the services' OpenAPI examples, seeds/kampot-clc-workshop-2025.txt), and against what they refuse.
 */
class DataSchemasTest {

    private final DataSchemas schemas = DataSchemas.instance();

    @Test
    void acceptsEveryResourceAsGetReturnsIt() throws IOException {
        for (ResourceType resource : ResourceType.values()) {
            ObjectNode sample = ChangeEventCodecTest.sample(resource.typeName());
            assertThat(schemas.violations(resource, ChangeType.CREATED, sample))
                    .as(resource.typeName())
                    .isEmpty();
        }
    }

    @Test
    void acceptsNullForEveryOptionalMember() throws IOException {
        ObjectNode partner = ChangeEventCodecTest.sample("partner");
        for (String member :
                new String[] {"acronym", "parentId", "countryCode", "subdivisionCode", "locality", "website"}) {
            partner.putNull(member);
        }
        ObjectNode event = ChangeEventCodecTest.sample("event");
        for (String member : new String[] {
            "description",
            "attendanceMode",
            "location",
            "organizerId",
            "parentId",
            "seriesId",
            "attendeeCount",
            "outcomes"
        }) {
            event.putNull(member);
        }
        ObjectNode area = ChangeEventCodecTest.sample("collaboration-area");
        area.putNull("description");
        ((ObjectNode) area.get("actions").get(0)).putNull("ownerPartnerId").putNull("dueDate");

        assertThat(schemas.violations(ResourceType.PARTNER, ChangeType.UPDATED, partner))
                .isEmpty();
        assertThat(schemas.violations(ResourceType.EVENT, ChangeType.UPDATED, event))
                .isEmpty();
        assertThat(schemas.violations(ResourceType.COLLABORATION_AREA, ChangeType.UPDATED, area))
                .isEmpty();
    }

    @Test
    void refusesTheFakePartnerOfIssue11() {
        ObjectNode fake = new ObjectMapper().valueToTree(ChangeEventCodecTest.fakePartner());

        assertThat(schemas.violations(ResourceType.PARTNER, ChangeType.UPDATED, fake))
                .contains("name")
                .contains("type")
                .contains("countryCode")
                .contains("required");
    }

    @Test
    void refusesAMemberEveryResponseCarries() throws IOException {
        ObjectNode event = ChangeEventCodecTest.sample("event");
        event.remove("startDate");

        assertThat(schemas.violations(ResourceType.EVENT, ChangeType.UPDATED, event))
                .contains("startDate");
    }

    @Test
    void assertsFormats() throws IOException {
        ObjectNode event = ChangeEventCodecTest.sample("event");
        event.put("startDate", "2025-13-45");
        event.put("organizerId", "not-a-uuid");
        event.put("createdAt", "yesterday");

        assertThat(schemas.violations(ResourceType.EVENT, ChangeType.UPDATED, event))
                .contains("startDate")
                .contains("organizerId")
                .contains("createdAt");
    }

    @Test
    void refusesUnknownEnumValuesInNestedMembers() throws IOException {
        ObjectNode area = ChangeEventCodecTest.sample("collaboration-area");
        ((ObjectNode) area.get("partners").get(0)).put("role", "OWNER");
        area.withArray("sdgTargets").add("5.1");

        assertThat(schemas.violations(ResourceType.COLLABORATION_AREA, ChangeType.UPDATED, area))
                .contains("role")
                .contains("sdgTargets");
    }

    @Test
    void readsADeletionAsIdAndVersionWhateverTheResource() {
        ObjectNode deletion = new ObjectMapper()
                .createObjectNode()
                .put("id", UUID.randomUUID().toString())
                .put("version", 3);

        for (ResourceType resource : ResourceType.values()) {
            assertThat(schemas.violations(resource, ChangeType.DELETED, deletion))
                    .isEmpty();
            assertThat(schemas.violations(resource, ChangeType.CREATED, deletion))
                    .isNotEmpty();
        }
    }

    /** docs/asyncapi.yaml points at these files rather than restating them: every such reference must resolve. */
    @Test
    void asyncApiDocumentReferencesTheseSchemas() throws IOException {
        Path document = Path.of("..", "docs", "asyncapi.yaml");
        String asyncApi = Files.readString(document);
        Matcher refs = Pattern.compile("\\$ref: '?(\\.\\./contract/[^'#\\s]+)").matcher(asyncApi);
        int count = 0;
        while (refs.find()) {
            assertThat(document.getParent().resolve(refs.group(1)))
                    .as(refs.group(1))
                    .isRegularFile();
            count++;
        }
        for (ResourceType resource : ResourceType.values()) {
            assertThat(asyncApi)
                    .contains("../contract/src/main/resources/" + DataSchemas.LOCATION + resource.typeName() + ".json");
        }
        assertThat(asyncApi).contains("../contract/src/main/resources/" + DataSchemas.LOCATION + "deleted.json");
        assertThat(count).isGreaterThanOrEqualTo(ResourceType.values().length + 1);
    }

    /** The extension attributes the encoder writes are documented in the CloudEvent schema of docs/asyncapi.yaml. */
    @Test
    void asyncApiDocumentsTheActorAttributes() throws IOException {
        String asyncApi = Files.readString(Path.of("..", "docs", "asyncapi.yaml"));
        String cloudEvent = asyncApi.substring(asyncApi.indexOf("    CloudEvent:"));
        assertThat(cloudEvent)
                .contains(
                        "        " + ChangeEventEncoder.ACTOR + ":",
                        "        " + ChangeEventEncoder.ACTOR_PARTNER + ":");
    }
}

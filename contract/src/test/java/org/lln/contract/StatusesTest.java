package org.lln.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status enums and the collaboration-area data schema name the same states, in the pipeline's order. */
class StatusesTest {

    @Test
    void theAreaSchemaListsTheAreaStatesInPipelineOrder() throws IOException {
        assertThat(names(schema().at("/properties/status/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(AreaStatus.values()).map(Enum::name).toList());
    }

    @Test
    void theAreaSchemaListsEveryActionState() throws IOException {
        assertThat(names(schema().at("/properties/actions/items/properties/status/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(ActionStatus.values()).map(Enum::name).toList());
    }

    @Test
    void onlyOpenAndInProgressItemsArePending() {
        assertThat(ActionStatus.PENDING).containsExactlyInAnyOrder(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);
        assertThat(ActionStatus.DONE.isPending()).isFalse();
        assertThat(ActionStatus.CANCELLED.isPending()).isFalse();
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = StatusesTest.class.getResourceAsStream("schema/collaboration-area.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> names(JsonNode values) {
        assertThat(values.isArray()).as("an enum in the schema").isTrue();
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return names;
    }
}

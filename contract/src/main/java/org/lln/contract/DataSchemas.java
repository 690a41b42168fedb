package org.lln.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON Schemas (draft 2020-12) of change-event data, one per resource type plus one for every
 * deletion, read once from this module's resources {@code org/lln/contract/schema/<name>.json}.
 * Formats ({@code uuid}, {@code date}, {@code date-time}) are asserted, not just annotated.
 * Thread-safe.
 */
final class DataSchemas {

    /** Where the schemas are, on the class path and (for docs/asyncapi.yaml) in the repository. */
    static final String LOCATION = "org/lln/contract/schema/";

    private static final int REPORTED_ERRORS = 5;
    private static final DataSchemas INSTANCE = new DataSchemas();

    private final Map<ResourceType, Schema> resources = new EnumMap<>(ResourceType.class);
    private final Schema deleted;

    private DataSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        ObjectMapper mapper = new ObjectMapper();
        for (ResourceType type : ResourceType.values()) {
            resources.put(type, load(registry, mapper, type.typeName()));
        }
        deleted = load(registry, mapper, "deleted");
    }

    /** @return the schemas, loaded at first use */
    static DataSchemas instance() {
        return INSTANCE;
    }

    /**
     * @param resource the resource type
     * @param change   what happened to it
     * @param data     the change event's data
     * @return what is wrong with the data, e.g. {@code /type: does not have a value in the enumeration [...]};
     *         empty when it satisfies the schema
     */
    String violations(ResourceType resource, ChangeType change, JsonNode data) {
        Schema schema = change == ChangeType.DELETED ? deleted : resources.get(resource);
        List<Error> errors = schema.validate(data);
        if (errors.isEmpty()) {
            return "";
        }
        String shown = errors.stream()
                .limit(REPORTED_ERRORS)
                .map(DataSchemas::describe)
                .collect(Collectors.joining("; "));
        return errors.size() > REPORTED_ERRORS ? shown + "; and " + (errors.size() - REPORTED_ERRORS) + " more" : shown;
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        return (location.isEmpty() ? "/" : location) + ": " + error.getMessage();
    }

    private static Schema load(SchemaRegistry registry, ObjectMapper mapper, String name) {
        String path = LOCATION + name + ".json";
        try (InputStream in = DataSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Schema " + path + " is not on the class path");
            }
            return registry.getSchema(SchemaLocation.of("classpath:" + path), mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Schema " + path + " cannot be read", e);
        }
    }
}

package org.lln.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Reads and reshapes the schemas of an OpenAPI 3.1 model: which component schemas a schema reaches
 * through {@code $ref}, and nullable copies ({@code type: [string, "null"]}, JSON Schema 2020-12).
 */
final class SchemaWalk {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private SchemaWalk() {}

    /**
     * @param ref a {@code $ref} value
     * @return the component name it points to, or {@code null} when it points elsewhere
     */
    static String componentName(String ref) {
        return ref != null && ref.startsWith(COMPONENT_PREFIX) ? ref.substring(COMPONENT_PREFIX.length()) : null;
    }

    /** Calls {@code visitor} with the schema and every schema nested in it (properties, items, compositions), not following references. */
    static void forEachNested(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(child -> forEachNested(child, visitor));
        }
        forEachNested(schema.getItems(), visitor);
        forEachNested(schema.getAdditionalPropertiesSchema(), visitor);
        for (List<Schema> composed :
                List.of(nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()), nonNull(schema.getAllOf()))) {
            composed.forEach(child -> forEachNested(child, visitor));
        }
    }

    /**
     * @param openAPI the document, for its components
     * @param roots   schemas to start from
     * @return the names of every component schema the roots reach, directly or through other components
     */
    static Set<String> reachable(OpenAPI openAPI, List<Schema> roots) {
        Map<String, Schema> components = components(openAPI);
        Set<String> found = new LinkedHashSet<>();
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            forEachNested(pending.remove(pending.size() - 1), nested -> {
                String name = componentName(nested.getRef());
                if (name != null && found.add(name) && components.containsKey(name)) {
                    pending.add(components.get(name));
                }
            });
        }
        return found;
    }

    /** @return the schemas of every media type of a content map */
    static List<Schema> schemasOf(Content content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> {
                if (mediaType.getSchema() != null) {
                    schemas.add(mediaType.getSchema());
                }
            });
        }
        return schemas;
    }

    /** @return the document's component schemas, empty when it has none */
    static Map<String, Schema> components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return Map.of();
        }
        return openAPI.getComponents().getSchemas();
    }

    /**
     * @param schema a property schema
     * @return a schema that also accepts {@code null}: the type list gains {@code "null"}, or a reference
     *         becomes {@code anyOf: [reference, {type: "null"}]}; the given schema is not changed
     */
    static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(schema.getRef());
            Schema wrapper = OASFactory.createSchema()
                    .anyOf(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            if (schema.getDescription() != null) {
                wrapper.description(schema.getDescription());
            }
            return wrapper;
        }
        if (schema.getType() == null
                || schema.getType().isEmpty()
                || schema.getType().contains(Schema.SchemaType.NULL)) {
            return schema;
        }
        Schema copy = OASFactory.createSchema();
        copy.setAll(new HashMap<>(schema.getAll()));
        copy.setType(new ArrayList<>(schema.getType()));
        copy.addType(Schema.SchemaType.NULL);
        return copy;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}

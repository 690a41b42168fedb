package org.lln.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemas of every kind the suite's resources use, read offline from this module's test resources
 * {@code schemas/} (their sources and licence in {@code schemas/SOURCES.md}): the Kubernetes 1.33 OpenAPI v3
 * documents of the core and {@code apps} groups, and the {@code openAPIV3Schema} of each served version of
 * the Strimzi and CloudNativePG custom resource definitions.
 *
 * <p>Validation is strict, as {@code kubectl apply --validate=strict} is: a field an object schema does not
 * declare is an error (the API server would drop it silently), unless the schema lets unknown fields
 * through ({@code additionalProperties}, {@code x-kubernetes-preserve-unknown-fields}). A kind with no schema
 * here is an error too. The {@code metadata} of custom resources is checked against {@code ObjectMeta}.
 */
final class SchemaCatalog {

    private static final String KUBERNETES = "schemas/kubernetes-1.33/";
    private static final List<String> KUBERNETES_DOCUMENTS =
            List.of("api__v1_openapi.json", "apis__apps__v1_openapi.json");
    private static final List<String> CUSTOM_RESOURCE_DEFINITIONS = List.of(
            "schemas/strimzi-1.2.0/040-Crd-kafka.yaml",
            "schemas/strimzi-1.2.0/043-Crd-kafkatopic.yaml",
            "schemas/strimzi-1.2.0/045-Crd-kafkanodepool.yaml",
            "schemas/cloudnative-pg-1.30.0/postgresql.cnpg.io_clusters.yaml",
            "schemas/cloudnative-pg-1.30.0/postgresql.cnpg.io_databases.yaml");
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final int REPORTED_ERRORS = 10;

    private static final SchemaCatalog INSTANCE = new SchemaCatalog();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    /** by {@code apiVersion/kind}, e.g. {@code apps/v1/Deployment} */
    private final Map<String, Schema> kinds = new HashMap<>();

    private final Map<String, Boolean> custom = new HashMap<>();
    private Schema objectMeta;

    private SchemaCatalog() {
        KUBERNETES_DOCUMENTS.forEach(this::addKubernetesDocument);
        CUSTOM_RESOURCE_DEFINITIONS.forEach(this::addCustomResourceDefinition);
    }

    /** @return the catalogue, read at first use */
    static SchemaCatalog instance() {
        return INSTANCE;
    }

    /**
     * @param resource a Kubernetes resource
     * @return what is wrong with it, each as {@code <location>: <message>}; empty when it is valid
     */
    List<String> violations(JsonNode resource) {
        String key = resource.path("apiVersion").asText() + "/"
                + resource.path("kind").asText();
        Schema schema = kinds.get(key);
        if (schema == null) {
            String kind = "/" + resource.path("kind").asText();
            return List.of("no schema for apiVersion " + resource.path("apiVersion") + ", kind " + resource.path("kind")
                    + " (known apiVersions of that kind: "
                    + kinds.keySet().stream()
                            .filter(known -> known.endsWith(kind))
                            .map(known -> known.substring(0, known.length() - kind.length()))
                            .sorted()
                            .toList()
                    + ")");
        }
        List<String> violations = new ArrayList<>(describe("", schema.validate(resource)));
        if (custom.get(key)) {
            violations.addAll(describe("/metadata", objectMeta.validate(resource.path("metadata"))));
        }
        return violations.stream().limit(REPORTED_ERRORS).toList();
    }

    private static List<String> describe(String prefix, List<Error> errors) {
        return errors.stream()
                .map(error -> {
                    String location = prefix + error.getInstanceLocation();
                    return (location.isEmpty() ? "/" : location) + ": " + error.getMessage();
                })
                .toList();
    }

    private void addKubernetesDocument(String name) {
        JsonNode document = strict(read(KUBERNETES + name, new ObjectMapper()));
        JsonNode components = document.path("components");
        components.path("schemas").properties().forEach(entry -> {
            for (JsonNode gvk : entry.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asText();
                String apiVersion = group.isEmpty()
                        ? gvk.path("version").asText()
                        : group + "/" + gvk.path("version").asText();
                kinds.put(apiVersion + "/" + gvk.path("kind").asText(), referring(name, entry.getKey(), components));
                custom.put(apiVersion + "/" + gvk.path("kind").asText(), false);
            }
        });
        if (objectMeta == null) {
            objectMeta = referring(name, OBJECT_META, components);
        }
    }

    /** A schema that is the named component, with the document's components beside it for its references. */
    private Schema referring(String document, String component, JsonNode components) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$ref", "#/components/schemas/" + component);
        root.set("components", components);
        return registry.getSchema(SchemaLocation.of("urn:lln:kubernetes-1.33:" + document + ":" + component), root);
    }

    private void addCustomResourceDefinition(String path) {
        JsonNode definition = read(path, new ObjectMapper(new YAMLFactory()));
        String group = definition.path("spec").path("group").asText();
        String kind = definition.path("spec").path("names").path("kind").asText();
        for (JsonNode version : definition.path("spec").path("versions")) {
            if (version.path("served").asBoolean()) {
                String key = group + "/" + version.path("name").asText() + "/" + kind;
                JsonNode schema = strict(version.path("schema").path("openAPIV3Schema"));
                kinds.put(key, registry.getSchema(SchemaLocation.of("urn:lln:crd:" + key), schema));
                custom.put(key, true);
            }
        }
    }

    /**
     * Closes every object schema that declares its properties and says nothing of others, in place.
     *
     * @param schema a schema or a document of schemas
     * @return the same node
     */
    static JsonNode strict(JsonNode schema) {
        if (schema.isObject()) {
            ObjectNode object = (ObjectNode) schema;
            if ("object".equals(object.path("type").asText(null))
                    && object.has("properties")
                    && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> strict(entry.getValue()));
        } else if (schema.isArray()) {
            schema.forEach(SchemaCatalog::strict);
        }
        return schema;
    }

    private static JsonNode read(String path, ObjectMapper mapper) {
        try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test class path");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}

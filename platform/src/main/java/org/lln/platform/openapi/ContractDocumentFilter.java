package org.lln.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes each service's OpenAPI document say exactly what the service sends and accepts, in one place
 * for the whole suite (enabled by {@code mp.openapi.filter}): the problem responses
 * ({@link ProblemResponsesFilter}), merge-patch bodies ({@link MergePatchBodies}), required members and
 * {@code ETag}/{@code Location} headers ({@link RepresentationRules}), the CloudEvent the change feed
 * carries, and no component schema that nothing refers to (such as framework types the scanner saw in
 * a method signature that an annotation then described).
 */
public class ContractDocumentFilter implements OASFilter {

    /** Name of the CloudEvents 1.0 envelope schema, as {@code Change.event} refers to it. */
    public static final String CLOUD_EVENT = "CloudEvent";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        if (SchemaWalk.components(openAPI).containsKey("Change")) {
            openAPI.getComponents().addSchema(CLOUD_EVENT, cloudEvent());
        }
        RepresentationRules.apply(openAPI);
        MergePatchBodies.apply(openAPI);
        declareOpenReads(openAPI);
        removeUnreferencedSchemas(openAPI);
    }

    /**
     * An operation without a security requirement is open to anyone (DESIGN.md: reads need no token):
     * it says so with an empty requirement list, rather than leaving a reader to guess.
     */
    private static void declareOpenReads(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getSecurity() == null) {
                        operation.setSecurity(new ArrayList<>());
                    }
                }));
    }

    /** The CloudEvents 1.0 structured JSON envelope, as docs/asyncapi.yaml describes it. */
    private static Schema cloudEvent() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A CloudEvents 1.0 change event in structured JSON mode, exactly as published to Kafka: "
                        + "data is the resource as GET returns it, or {id, version} for a deletion")
                .required(List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"))
                .addProperty(
                        "specversion",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .constValue("1.0"))
                .addProperty(
                        "id",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uuid")
                                .description("Unique per change; consumers drop repeats"))
                .addProperty(
                        "source",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uri-reference")
                                .examples(List.of("/partners-service")))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .pattern("^org\\.lln\\.[a-z-]+\\.(created|updated|deleted)$")
                                .examples(List.of("org.lln.partner.updated")))
                .addProperty(
                        "subject",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .examples(List.of("partners/3f2b8c1e-6d4a-4e7b-9a51-2c0d8e7f6a13")))
                .addProperty(
                        "time",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("date-time"))
                .addProperty(
                        "datacontenttype",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .constValue("application/json"))
                .addProperty(
                        "actor",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description(
                                        "Extension attribute: the subject of the token that made the change; absent on events "
                                                + "recorded before actors were")
                                .examples(List.of("moeys-registry")))
                .addProperty(
                        "actorpartner",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uuid")
                                .description(
                                        "Extension attribute: the id of the partner the token acted for; absent when it acted for none"))
                .addProperty("data", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT));
    }

    private static void removeUnreferencedSchemas(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Schema> roots = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> roots.add(parameter.getSchema()));
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> roots.add(parameter.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    roots.addAll(SchemaWalk.schemasOf(operation.getRequestBody().getContent()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        roots.addAll(SchemaWalk.schemasOf(response.getContent()));
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> roots.add(header.getSchema()));
                        }
                    });
                }
            }
        }
        roots.removeIf(schema -> schema == null);
        Set<String> used = SchemaWalk.reachable(openAPI, roots);
        new ArrayList<>(SchemaWalk.components(openAPI).keySet())
                .stream()
                        .filter(name -> !used.contains(name))
                        .forEach(name -> openAPI.getComponents().removeSchema(name));
    }
}

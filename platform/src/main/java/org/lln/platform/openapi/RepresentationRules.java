package org.lln.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every representation the suite sends has in common, written once into the document:
 * <ul>
 * <li>every member of a response schema is {@code required}: the services write every member of
 *     their records, with {@code null} for an unset one (nullability is declared on the member);
 *     schemas that requests use too keep their own {@code required} list;</li>
 * <li>an optional member of a schema only requests use may be {@code null}: the services read a
 *     {@code null} member as an absent one;</li>
 * <li>a response carrying one resource (a schema with {@code id} and {@code version}) declares
 *     {@code ETag: "<version>"} (RFC 9110, section 8.8.3), and a 201 declares {@code Location};</li>
 * <li>a {@code GET} whose 200 carries an {@code ETag} may answer 304 without a body to a request whose
 *     {@code If-None-Match} holds the current tag (RFC 9110, section 13.1.2; {@code platform/http/ConditionalGet}).</li>
 * </ul>
 */
final class RepresentationRules {

    /**
     * Schemas whose members the services leave out when empty, e.g. RFC 9457 problems, and the CloudEvent
     * envelope, whose extension attributes ({@code actorpartner}) are absent when unset; they keep their own
     * {@code required} list.
     */
    private static final Set<String> SPARSE = Set.of("Problem", "FieldError", ContractDocumentFilter.CLOUD_EVENT);

    private RepresentationRules() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Schema> sent = new ArrayList<>();
        List<Schema> received = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    received.addAll(
                            SchemaWalk.schemasOf(operation.getRequestBody().getContent()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            sent.addAll(SchemaWalk.schemasOf(response.getContent()));
                            declareHeaders(openAPI, status, response);
                        }
                    });
                }
            }
        }
        openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getGET)
                .filter(get -> get != null
                        && get.getResponses() != null
                        && get.getResponses().getAPIResponse("200") != null
                        && has(get.getResponses().getAPIResponse("200"), "ETag")
                        && get.getResponses().getAPIResponse("304") == null)
                .forEach(get -> get.getResponses()
                        .addAPIResponse(
                                "304",
                                OASFactory.createAPIResponse()
                                        .description(
                                                "Not modified: the request's If-None-Match holds the current ETag; no body")
                                        .addHeader(
                                                "ETag",
                                                get.getResponses()
                                                        .getAPIResponse("200")
                                                        .getHeaders()
                                                        .get("ETag"))));
        Set<String> requestSchemas = SchemaWalk.reachable(openAPI, received);
        Map<String, Schema> components = SchemaWalk.components(openAPI);
        Set<String> responseSchemas = SchemaWalk.reachable(openAPI, sent);
        for (String name : requestSchemas) {
            Schema schema = components.get(name);
            if (schema != null && schema.getProperties() != null && !responseSchemas.contains(name)) {
                Map<String, Schema> members = new LinkedHashMap<>();
                schema.getProperties()
                        .forEach((property, member) -> members.put(
                                property,
                                schema.getRequired() != null
                                                && schema.getRequired().contains(property)
                                        ? member
                                        : SchemaWalk.nullable(member)));
                schema.setProperties(members);
            }
        }
        for (String name : responseSchemas) {
            Schema schema = components.get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && !requestSchemas.contains(name)
                    && !SPARSE.contains(name)) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void declareHeaders(OpenAPI openAPI, String status, APIResponse response) {
        boolean oneResource = SchemaWalk.schemasOf(response.getContent()).stream()
                .map(schema -> SchemaWalk.components(openAPI).get(SchemaWalk.componentName(schema.getRef())))
                .anyMatch(schema -> schema != null
                        && schema.getProperties() != null
                        && schema.getProperties().containsKey("id")
                        && schema.getProperties().containsKey("version"));
        if (oneResource && !has(response, "ETag")) {
            response.addHeader(
                    "ETag",
                    OASFactory.createHeader()
                            .required(true)
                            .description(
                                    "The resource's version as an entity tag, e.g. \"3\": send it back in If-Match")
                            .schema(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.STRING)
                                    .pattern("^\"[0-9]+\"$")));
        }
        if (status.equals("201") && !has(response, "Location")) {
            response.addHeader(
                    "Location",
                    OASFactory.createHeader()
                            .required(true)
                            .description("The address of the created resource")
                            .schema(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.STRING)
                                    .format("uri")));
        }
    }

    private static boolean has(APIResponse response, String header) {
        return response.getHeaders() != null && response.getHeaders().containsKey(header);
    }
}

package org.lln.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the RFC 9457 problem responses every operation can give, so each service's OpenAPI
 * document lists them without repeating annotations: 400 where there is input, 404 on item paths, 409,
 * 412 and 422 on writes, 415 where a body is read, 410 on the change feed, 503 everywhere. Responses an operation declares itself are kept.
 * Enabled by {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).examples(java.util.List.of("countryCode")))
                .addProperty("message", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).examples(java.util.List.of("must be an ISO 3166-1 alpha-2 code"))));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).examples(java.util.List.of("urn:lln:problem:validation-error")))
                .addProperty("title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).examples(java.util.List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)).examples(java.util.List.of(400)))
                .addProperty("detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).examples(java.util.List.of("countryCode: must be an ISO 3166-1 alpha-2 code")))
                .addProperty("instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).examples(java.util.List.of("/partners")))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach(this::document);
    }

    private void document(String path, PathItem item) {
        boolean itemPath = path.contains("{");
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            boolean write = entry.getKey() != PathItem.HttpMethod.GET && entry.getKey() != PathItem.HttpMethod.HEAD;
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty()) || itemPath;
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = operation.getResponses();
            add(responses, hasInput, "400", "Invalid input: malformed JSON, wrong types, unknown fields or parameters, failed validation");
            add(responses, itemPath, "404", "No resource with this id");
            add(responses, write, "409", "Conflicts with the current state, e.g. a duplicate code");
            add(responses, write && itemPath, "412", "If-Match does not match the current ETag");
            add(responses, operation.getRequestBody() != null, "413", "Request body too large");
            add(responses, operation.getRequestBody() != null, "415", "Unsupported Content-Type");
            add(responses, write && operation.getRequestBody() != null, "422", "A referenced resource is unknown or unusable");
            add(responses, path.startsWith("/changes"), "410",
                    "The position is older than the feed's retention: resynchronise from the list endpoints, then follow the feed");
            add(responses, true, "503", "A dependency (the database, or Kafka for dead letters) is unreachable; nothing was "
                    + "changed. Retry after the Retry-After header's seconds");
        }
    }

    private static void add(APIResponses responses, boolean applies, String status, String description) {
        if (!applies || responses.hasAPIResponse(status)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }
}

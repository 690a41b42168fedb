package org.lln.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.lln.platform.problem.Problem;
import org.lln.platform.problem.ProblemType;

/**
 * Documents the RFC 9457 problem responses every operation can give, so each service's OpenAPI
 * document lists them without repeating annotations: 400 where there is input, 401 and 403 where a
 * role is needed, 404 on item paths, 406 everywhere (an {@code Accept} the operation cannot serve),
 * 409 and 422 on writes, 412 where {@code If-Match} is honoured, 413 and 415 where a body is read, 410 on the change feed, 429
 * and 503 everywhere (with {@code Retry-After}). Each is {@code application/problem+json} with the Problem schema and an example.
 * Responses an operation declares itself are kept; one it declares without a body gets the problem body.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String EXAMPLE_ID = "3f2b8c1e-6d4a-4e7b-9a51-2c0d8e7f6a13";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSchema(
                        "FieldError",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description("One rejected input")
                                .required(List.of("field", "message"))
                                .addProperty(
                                        "field",
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.STRING)
                                                .examples(List.of("countryCode")))
                                .addProperty(
                                        "message",
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.STRING)
                                                .examples(List.of("must be an ISO 3166-1 alpha-2 code"))));
        Schema problem = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("uri-reference")
                                .description("The problem type, urn:lln:problem:<slug>")
                                .examples(List.of("urn:lln:problem:validation-error")))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("Fixed summary of the problem type")
                                .examples(List.of("Invalid request")))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599))
                                .examples(List.of(400)))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("What went wrong in this occurrence")
                                .examples(List.of("countryCode: must be an ISO 3166-1 alpha-2 code")))
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("The path of the request that failed")
                                .examples(List.of("/partners")))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("The rejected inputs of a validation problem; absent otherwise")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
        openAPI.getComponents().addSchema("Problem", problem);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach(this::document);
    }

    private void document(String path, PathItem item) {
        boolean itemPath = path.contains("{");
        for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            boolean write = entry.getKey() != PathItem.HttpMethod.GET && entry.getKey() != PathItem.HttpMethod.HEAD;
            boolean body = operation.getRequestBody() != null;
            boolean conditional = operation.getParameters() != null
                    && operation.getParameters().stream()
                            .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
            boolean secured =
                    operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            boolean hasInput = body
                    || (operation.getParameters() != null
                            && !operation.getParameters().isEmpty())
                    || itemPath;
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = operation.getResponses();
            String instance = path.replaceAll("\\{[^}]+}", EXAMPLE_ID);
            add(
                    responses,
                    instance,
                    hasInput,
                    ProblemType.VALIDATION_ERROR,
                    "Invalid input: malformed JSON, wrong types, unknown fields or parameters, failed validation");
            add(responses, instance, secured, ProblemType.UNAUTHORIZED, "No valid bearer token");
            add(
                    responses,
                    instance,
                    secured,
                    ProblemType.FORBIDDEN,
                    "The token lacks the role, or acts for a partner not responsible for this resource");
            add(responses, instance, itemPath, ProblemType.NOT_FOUND, "No resource with this id");
            add(
                    responses,
                    instance,
                    true,
                    ProblemType.NOT_ACCEPTABLE,
                    "None of the media types in Accept can be served");
            add(
                    responses,
                    instance,
                    write,
                    ProblemType.CONFLICT,
                    "Conflicts with the current state, e.g. a duplicate code");
            add(
                    responses,
                    instance,
                    conditional,
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match does not match the current ETag");
            add(responses, instance, body, ProblemType.PAYLOAD_TOO_LARGE, "Request body too large");
            add(responses, instance, body, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Unsupported Content-Type");
            add(
                    responses,
                    instance,
                    write && body,
                    ProblemType.UNPROCESSABLE_REFERENCE,
                    "A referenced resource is unknown or unusable");
            add(
                    responses,
                    instance,
                    path.startsWith("/changes"),
                    ProblemType.GONE,
                    "The position is older than the feed's retention: resynchronise from the list endpoints, then follow the feed");
            add(
                    responses,
                    instance,
                    true,
                    ProblemType.TOO_MANY_REQUESTS,
                    "More requests from this client (its token, or its "
                            + "address without one) than the service's rate limit; retry after the Retry-After header's seconds");
            add(
                    responses,
                    instance,
                    true,
                    ProblemType.SERVICE_UNAVAILABLE,
                    "A dependency (the database, or Kafka for dead letters) "
                            + "is unreachable; nothing was changed. Retry after the Retry-After header's seconds");
        }
    }

    private static void add(
            APIResponses responses, String instance, boolean applies, ProblemType type, String description) {
        String status = Integer.toString(type.status());
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null && !applies) {
            return;
        }
        APIResponse response =
                declared != null ? declared : OASFactory.createAPIResponse().description(description);
        if (response.getContent() == null
                || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            Content content = OASFactory.createContent()
                    .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                    .addExample(
                                            type.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                                            OASFactory.createExample().value(example(type, instance))));
            response.setContent(content);
        }
        boolean retry = type == ProblemType.SERVICE_UNAVAILABLE || type == ProblemType.TOO_MANY_REQUESTS;
        if (retry && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.INTEGER)
                                    .format("int32")));
        }
        if (declared == null) {
            responses.addAPIResponse(status, response);
        }
    }

    private static Map<String, Object> example(ProblemType type, String instance) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put(
                "detail",
                switch (type) {
                    case VALIDATION_ERROR -> "countryCode: must be an ISO 3166-1 alpha-2 code";
                    case UNAUTHORIZED -> "A bearer token with role editor is required";
                    case NOT_FOUND -> "No resource with id " + EXAMPLE_ID;
                    case NOT_ACCEPTABLE -> "Cannot produce any of: text/html";
                    case CONFLICT -> "code 'unesco-inruled' is already taken";
                    case PRECONDITION_FAILED -> "If-Match \"2\" does not match the current ETag \"3\"";
                    case PAYLOAD_TOO_LARGE -> "The request body exceeds 1 MB";
                    case UNSUPPORTED_MEDIA_TYPE -> "Content-Type text/plain is not accepted; send application/json";
                    case UNPROCESSABLE_REFERENCE -> "parentId: no partner " + EXAMPLE_ID;
                    case GONE -> "Changes up to position 120 were pruned; resynchronise from the list endpoints";
                    case TOO_MANY_REQUESTS ->
                        "More than 200 requests per second (bursts of 400) from this client; retry after 1 s.";
                    case FORBIDDEN ->
                        "A partner's token writes only what its partner is responsible for "
                                + "(OWASP API1:2023, object level authorization)";
                    default -> "The database is unreachable; retry later";
                });
        example.put("instance", instance);
        if (type == ProblemType.VALIDATION_ERROR) {
            example.put(
                    "errors", List.of(Map.of("field", "countryCode", "message", "must be an ISO 3166-1 alpha-2 code")));
        }
        return example;
    }
}

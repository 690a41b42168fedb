package org.lln.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks every response a test receives through RestAssured against the service's own OpenAPI 3.1
 * document ({@code /q/openapi}), so a drift between what the service sends and what it publishes fails
 * the test that saw it: the status must be declared for the operation, the media type declared for
 * that status, the body valid against the declared schema (JSON Schema 2020-12 with OpenAPI 3.1's
 * dialect, formats asserted, and no member the schema does not name), and every header declared
 * {@code required} present. Requests outside the document ({@code /q/...}, undocumented paths or
 * methods) are not checked. Installed for every Quarkus test by {@link AuthorizedRestAssured}.
 */
public final class OpenApiContract implements Filter {

    private static final OpenApiContract INSTANCE = new OpenApiContract();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private OpenApiContract() {}

    /** @return the filter; it keeps each service's document for the rest of the run */
    public static OpenApiContract filter() {
        return INSTANCE;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/") || request.getMethod().equalsIgnoreCase("HEAD")) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        List<String> violations = DOCUMENTS
                .computeIfAbsent(base, Document::fetch)
                .violations(request.getMethod().toLowerCase(Locale.ROOT), uri.getPath(), response);
        if (!violations.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + uri.getPath() + " answered " + response.statusCode()
                    + " outside its OpenAPI document: " + String.join("; ", violations));
        }
        return response;
    }

    /** One service's document, with its operations' response schemas compiled on first use. */
    private static final class Document {

        private final String location;
        private final JsonNode root;
        private final SchemaRegistry registry;
        private final List<PathTemplate> paths = new ArrayList<>();
        private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

        private Document(String base, JsonNode root) {
            this.location = base + "/q/openapi.json";
            this.root = root;
            closeObjects(root.path("components").path("schemas"));
            String text = root.toString();
            this.registry = SchemaRegistry.withDefaultDialect(
                    Dialects.getOpenApi31(),
                    builder -> builder.schemas(Map.of(location, text))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build()));
            root.path("paths").fieldNames().forEachRemaining(path -> paths.add(new PathTemplate(path)));
            paths.sort(Comparator.comparingInt(PathTemplate::parameters));
        }

        static Document fetch(String base) {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /q/openapi answered " + response.statusCode());
                }
                return new Document(base, JSON.readTree(response.body()));
            } catch (IOException e) {
                throw new IllegalStateException("The OpenAPI document of " + base + " cannot be read", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Object schemas that name their members get {@code additionalProperties: false}, so a member the
         * service sends but does not document is reported.
         */
        private static void closeObjects(JsonNode schemas) {
            schemas.forEach(schema -> {
                if (schema instanceof ObjectNode object
                        && object.has("properties")
                        && !object.has("additionalProperties")
                        && !object.has("allOf")
                        && !object.has("anyOf")
                        && !object.has("oneOf")) {
                    object.put("additionalProperties", false);
                }
            });
        }

        List<String> violations(String method, String path, Response response) {
            Optional<PathTemplate> template =
                    paths.stream().filter(candidate -> candidate.matches(path)).findFirst();
            if (template.isEmpty()) {
                return List.of();
            }
            JsonNode operation =
                    root.path("paths").path(template.get().template()).path(method);
            if (operation.isMissingNode()) {
                return List.of();
            }
            String status = Integer.toString(response.statusCode());
            JsonNode declared = operation.path("responses").path(status);
            String pointer = "/paths/" + escape(template.get().template()) + "/" + method + "/responses/" + status;
            if (declared.isMissingNode()) {
                declared = operation.path("responses").path("default");
                pointer = pointer.substring(0, pointer.lastIndexOf('/')) + "/default";
                if (declared.isMissingNode()) {
                    return List.of("status " + status + " is not declared");
                }
            }
            List<String> violations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            declared.path("headers").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                if (header.getValue().path("required").asBoolean() && response.header(header.getKey()) == null) {
                    violations.add("required header " + header.getKey() + " is missing");
                }
            }
            String body = response.asString();
            if (body == null || body.isEmpty()) {
                return violations;
            }
            String mediaType = response.contentType() == null
                    ? ""
                    : response.contentType().split(";")[0].trim();
            JsonNode content = declared.path("content").path(mediaType);
            if (content.isMissingNode()) {
                violations.add("media type '" + mediaType + "' is not declared for " + status);
                return violations;
            }
            if (!mediaType.endsWith("json") || !content.has("schema")) {
                return violations;
            }
            try {
                JsonNode instance = JSON.readTree(body);
                String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
                Schema schema = compiled.computeIfAbsent(
                        schemaPointer, key -> registry.getSchema(SchemaLocation.of(location + "#" + key)));
                List<Error> errors = schema.validate(instance);
                errors.stream()
                        .limit(10)
                        .forEach(error -> violations.add(
                                (error.getInstanceLocation().toString().isEmpty() ? "/" : error.getInstanceLocation())
                                        + ": " + error.getMessage()));
            } catch (IOException e) {
                violations.add("the body is not JSON: " + e.getMessage());
            }
            return violations;
        }

        /** RFC 6901: {@code ~} and {@code /} in a reference token. */
        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }

    /** A path of the document, such as {@code /partners/{id}}, and the request paths it stands for. */
    private record PathTemplate(String template, Pattern pattern, int parameters) {

        PathTemplate(String template) {
            this(template, Pattern.compile(toRegex(template)), template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        private static String toRegex(String template) {
            StringBuilder regex = new StringBuilder();
            for (String part : template.split("(?=\\{)|(?<=})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            return regex.toString();
        }
    }
}

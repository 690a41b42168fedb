package org.lln.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The security contract of DESIGN.md, checked against every operation of the service's own OpenAPI
 * document, so a new endpoint cannot be missed: every write refuses a missing, expired, foreign-key,
 * foreign-issuer and foreign-audience token with a 401 problem; every write refuses role {@code editor}
 * without a partner claim, and with a partner this service does not know, with a 403 problem
 * (partner-scoped writes; unscoped editors are off by default); a delete or an operator endpoint
 * ({@code /admin/...}, reads included) refuses role {@code editor} with a 403 problem; and role
 * {@code admin} gets past security (the request may still fail on its data, e.g. 404 for the random id,
 * but never with 401, 403 or a 500). Reads need no token. What a partner's own token may write, resource
 * by resource, is each service's {@link OwnershipMatrix}. A service's test extends this class and adds
 * {@code @QuarkusTest}.
 */
public abstract class WriteEndpointsRequireRoles {

    /** One operation of the OpenAPI document. */
    protected record Operation(String method, String path, String url, String contentType, String body) {}

    /** Operator endpoints (dead letters): every method needs role admin, reads included. */
    private static final String ADMIN_PATHS = "/admin/";

    @BeforeEach
    void withoutDefaultToken() {
        RestAssured.replaceFiltersWith(new ArrayList<>(List.of(OpenApiContract.filter())));
    }

    @Test
    void everyWriteRefusesBadTokensAndWrongRolesAndAdmitsTheRightRole() {
        List<Operation> writes = operations(false);
        assertThat(writes).as("write operations in the OpenAPI document").isNotEmpty();
        System.out.printf(
                "Security contract checked on %d write operations: %s%n",
                writes.size(),
                writes.stream()
                        .map(o -> o.method().toUpperCase() + " " + o.path())
                        .toList());
        Map<String, String> badTokens = Map.of(
                "expired",
                Tokens.expired(),
                "signed by another key",
                Tokens.signedByAnotherKey(),
                "from another issuer",
                Tokens.fromAnotherIssuer(),
                "for another audience",
                Tokens.forAnotherAudience(),
                "malformed",
                "not.a.jwt");
        for (Operation operation : writes) {
            String name = operation.method().toUpperCase() + " " + operation.path();
            Response anonymous = send(operation, null);
            assertThat(anonymous.statusCode()).as(name + " without a token").isEqualTo(401);
            assertThat(anonymous.contentType()).as(name).startsWith("application/problem+json");
            assertThat(anonymous.header("WWW-Authenticate")).as(name).startsWith("Bearer");
            badTokens.forEach((why, token) -> assertThat(send(operation, token).statusCode())
                    .as(name + " with a token " + why)
                    .isEqualTo(401));
            Map.of("without a partner", Tokens.editor(), "for an unknown partner", Tokens.editorFor("no-such-partner"))
                    .forEach((why, token) -> {
                        Response editor = send(operation, token);
                        assertThat(editor.statusCode())
                                .as(name + " as editor " + why)
                                .isEqualTo(403);
                        assertThat(editor.contentType()).as(name).startsWith("application/problem+json");
                    });
            Response allowed = send(operation, Tokens.admin());
            assertThat(allowed.statusCode())
                    .as(name + " as admin: " + allowed.asString())
                    .isNotIn(401, 403)
                    .isLessThan(500);
        }
    }

    @Test
    void readsNeedNoToken() {
        for (Operation operation : operations(true)) {
            if (operation.path().contains("{") || operation.path().endsWith("/stream")) {
                continue;
            }
            if (operation.path().startsWith(ADMIN_PATHS)) {
                assertThat(send(operation, null).statusCode())
                        .as("GET " + operation.path() + " without a token")
                        .isEqualTo(401);
                assertThat(send(operation, Tokens.editor()).statusCode())
                        .as("GET " + operation.path() + " as editor")
                        .isEqualTo(403);
                assertThat(send(operation, Tokens.admin()).statusCode())
                        .as("GET " + operation.path() + " as admin")
                        .isEqualTo(200);
                continue;
            }
            assertThat(send(operation, null).statusCode())
                    .as("GET " + operation.path())
                    .isEqualTo(200);
        }
    }

    @Test
    void openApiDeclaresTheBearerSchemeOnEveryWrite() {
        JsonPath api = openApi();
        assertThat(api.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        for (Operation operation : operations(false)) {
            List<Object> security = api.getList("paths.'" + operation.path() + "'." + operation.method() + ".security");
            assertThat(security)
                    .as(operation.method() + " " + operation.path() + " security")
                    .isNotEmpty();
        }
    }

    private static JsonPath openApi() {
        return given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** @return the document's read ({@code reads} true) or write operations, with ids filled in and an example body */
    @SuppressWarnings("unchecked")
    private static List<Operation> operations(boolean reads) {
        JsonPath api = openApi();
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, value) -> {
            boolean read = method.equals("get") || method.equals("head") || method.equals("options");
            if (read != reads || !(value instanceof Map)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String contentType = null;
            String body = null;
            Map<String, Object> content = (Map<String, Object>)
                    ((Map<String, Object>) operation.getOrDefault("requestBody", Map.of())).get("content");
            if (content != null && !content.isEmpty()) {
                contentType = content.keySet().iterator().next();
                body = exampleOf((Map<String, Object>) content.get(contentType));
            }
            String url = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            operations.add(new Operation(method, path, url, contentType, body));
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static String exampleOf(Map<String, Object> mediaType) {
        Map<String, Object> examples = (Map<String, Object>) mediaType.get("examples");
        if (examples != null && !examples.isEmpty()) {
            Object value = ((Map<String, Object>) examples.values().iterator().next()).get("value");
            if (value instanceof String text) {
                return text;
            }
            return value == null
                    ? "{}"
                    : new com.fasterxml.jackson.databind.ObjectMapper()
                            .valueToTree(value)
                            .toString();
        }
        return "{}";
    }

    private static Response send(Operation operation, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.contentType() != null) {
            request.contentType(operation.contentType()).body(operation.body());
        }
        return request.when().request(operation.method().toUpperCase(), operation.url());
    }
}

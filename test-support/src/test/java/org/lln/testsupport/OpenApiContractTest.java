package org.lln.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the contract check reports, against a small server that publishes a document and drifts from it on purpose. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/things/{id}": {"get": {"responses": {
               "200": {"description": "a thing", "headers": {"ETag": {"required": true, "schema": {"type": "string"}}},
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
               "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "note", "day"], "properties": {
               "id": {"type": "string", "format": "uuid"}, "note": {"type": ["string", "null"]},
               "day": {"type": "string", "format": "date"}}}}}}
            """;
    private static final String ID = "3f2b8c1e-6d4a-4e7b-9a51-2c0d8e7f6a13";

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void serve() throws IOException {
        Map<String, String[]> answers = Map.of(
                "/q/openapi",
                new String[] {"200", "application/json", DOCUMENT, ""},
                "/things/" + ID,
                new String[] {
                    "200", "application/json", "{\"id\":\"" + ID + "\",\"note\":null,\"day\":\"2025-05-06\"}", "\"1\""
                },
                "/things/nullday",
                new String[] {"200", "application/json", "{\"id\":\"" + ID + "\",\"note\":\"x\",\"day\":null}", "\"1\""
                },
                "/things/extra",
                new String[] {
                    "200",
                    "application/json",
                    "{\"id\":\"" + ID + "\",\"note\":\"x\",\"day\":\"2025-05-06\",\"more\":1}",
                    "\"1\""
                },
                "/things/noetag",
                new String[] {
                    "200", "application/json", "{\"id\":\"" + ID + "\",\"note\":\"x\",\"day\":\"2025-05-06\"}", ""
                },
                "/things/baddate",
                new String[] {
                    "200", "application/json", "{\"id\":\"" + ID + "\",\"note\":\"x\",\"day\":\"6 May\"}", "\"1\""
                },
                "/things/gone",
                new String[] {"410", "application/problem+json", "{\"status\":410}", ""},
                "/things/html",
                new String[] {"404", "text/html", "<p>no</p>", ""});
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String[] answer = answers.get(exchange.getRequestURI().getPath());
            byte[] body = answer[2].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer[1]);
            if (!answer[3].isEmpty()) {
                exchange.getResponseHeaders().add("ETag", answer[3]);
            }
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void get(String path) {
        given().filter(OpenApiContract.filter()).when().get(base + path);
    }

    @Test
    void acceptsAResponseAsDocumentedWithADeclaredNull() {
        assertThatCode(() -> get("/things/" + ID)).doesNotThrowAnyException();
    }

    @Test
    void refusesNullWhereTheSchemaForbidsIt() {
        assertThatThrownBy(() -> get("/things/nullday"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/day");
    }

    @Test
    void refusesAMemberTheDocumentDoesNotName() {
        assertThatThrownBy(() -> get("/things/extra"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("more");
    }

    @Test
    void refusesAMissingRequiredHeader() {
        assertThatThrownBy(() -> get("/things/noetag"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ETag");
    }

    @Test
    void assertsFormats() {
        assertThatThrownBy(() -> get("/things/baddate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/day");
    }

    @Test
    void refusesAnUndeclaredStatus() {
        assertThatThrownBy(() -> get("/things/gone"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("status 410");
    }

    @Test
    void refusesAnUndeclaredMediaType() {
        assertThatThrownBy(() -> get("/things/html"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("text/html");
    }
}

package org.lln.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Partner-scoped writes (OWASP API1:2023), checked on every write operation of the service's
 * OpenAPI document against real resources: for each operation a row names the status the owner's token
 * (a token acting for the partner responsible for the resource), another partner's token and an admin
 * token get; a token with role editor and no partner always gets 403 and no token 401. A new write
 * operation without a row fails the build. A service's test extends this class and adds
 * {@code @QuarkusTest}.
 */
public abstract class OwnershipMatrix {

    /** Who calls. */
    public enum Caller {
        OWNER,
        OTHER_PARTNER,
        ADMIN,
        NO_PARTNER,
        ANONYMOUS
    }

    /**
     * One write operation and what each caller gets.
     *
     * @param operationId the OpenAPI operationId
     * @param owner       status for the owner's token
     * @param other       status for another partner's token
     * @param admin       status for an admin token
     * @param call        sends the operation on a fresh resource with the given request (it carries the token);
     *                    fixtures it needs are made with {@link #asAdmin()}
     */
    public record Row(
            String operationId, int owner, int other, int admin, Function<RequestSpecification, Response> call) {}

    /** @return the code of the partner that owns what the rows write (the {@code partner} claim of its token) */
    protected abstract String ownerCode();

    /** @return the code of a partner that owns none of it */
    protected abstract String otherCode();

    /** @return one row per write operation */
    protected abstract List<Row> rows();

    /**
     * @return the row of the operator endpoint every service has, {@code POST /admin/dead-letters/replay}:
     *         role admin only, whatever partner a token acts for
     */
    protected static Row replayDeadLetters() {
        return new Row(
                "replayDeadLetters", 403, 403, 200, request -> request.when().post("/admin/dead-letters/replay"));
    }

    /** @return a request with an admin token, for fixtures */
    protected static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + Tokens.admin());
    }

    @Test
    void everyWriteOperationHasARow() {
        JsonPath api = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        Set<String> writes = new TreeSet<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!Set.of("get", "head", "options", "parameters").contains(method)) {
                writes.add(String.valueOf(operation.get("operationId")));
            }
        }));
        assertThat(rows().stream().map(Row::operationId).toList())
                .as("rows of the matrix")
                .containsExactlyInAnyOrderElementsOf(writes);
    }

    @Test
    void everyWriteAnswersEachCallerAsTheOwnershipRuleSays() {
        List<String> failures = new ArrayList<>();
        for (Row row : rows()) {
            Map<Caller, Integer> expected = new LinkedHashMap<>();
            expected.put(Caller.OWNER, row.owner());
            expected.put(Caller.OTHER_PARTNER, row.other());
            expected.put(Caller.ADMIN, row.admin());
            expected.put(Caller.NO_PARTNER, 403);
            expected.put(Caller.ANONYMOUS, 401);
            expected.forEach((caller, status) -> {
                Response response = row.call().apply(request(caller));
                if (response.statusCode() != status) {
                    failures.add(row.operationId() + " as " + caller + ": expected " + status + ", got "
                            + response.statusCode() + " " + response.asString());
                } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(row.operationId() + " as " + caller + ": not a problem: " + response.contentType());
                }
            });
        }
        System.out.printf(
                "Ownership matrix checked on %d write operations x %d callers%n",
                rows().size(), Caller.values().length);
        assertThat(failures).isEmpty();
    }

    /** @return a request as this caller; the anonymous one keeps only the contract check, no default token */
    protected RequestSpecification request(Caller caller) {
        return switch (caller) {
            case OWNER -> given().header("Authorization", "Bearer " + Tokens.editorFor(ownerCode()));
            case OTHER_PARTNER -> given().header("Authorization", "Bearer " + Tokens.editorFor(otherCode()));
            case ADMIN -> given().header("Authorization", "Bearer " + Tokens.admin());
            case NO_PARTNER -> given().header("Authorization", "Bearer " + Tokens.editor());
            case ANONYMOUS -> given().noFilters().filter(OpenApiContract.filter());
        };
    }
}

package org.lln.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;

/**
 * Before each Quarkus test, installs RestAssured's filters: {@link OpenApiContract}, which checks every
 * response against the service's OpenAPI document, and, for a test class marked {@link ActsAsAdmin}, one
 * that sends an admin bearer token with every request that has no {@code Authorization} header of its
 * own. Registered through {@code META-INF/services}.
 */
public class AuthorizedRestAssured implements QuarkusTestBeforeEachCallback {

    private static final Filter ADMIN_TOKEN = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + Tokens.admin());
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance().getClass().isAnnotationPresent(ActsAsAdmin.class)) {
            RestAssured.replaceFiltersWith(List.of(ADMIN_TOKEN, OpenApiContract.filter()));
        } else {
            RestAssured.replaceFiltersWith(List.of(OpenApiContract.filter()));
        }
    }
}

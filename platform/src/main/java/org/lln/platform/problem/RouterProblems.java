package org.lln.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Problem documents for errors raised by the HTTP layer before any resource runs: an unknown path
 * (404), a body over {@code quarkus.http.limits.max-body-size} (413), an unsupported method (405).
 */
@ApplicationScoped
public class RouterProblems {

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        for (int status : new int[] {400, 404, 405, 413, 414, 431}) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
    }

    private void write(RoutingContext ctx, int status) {
        if (ctx.response().headWritten()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This resource does not support the method used.";
            case 413 -> "The request body is larger than this service accepts.";
            default -> type.title();
        };
        Problem problem = new Problem(type.uri(), type.title(), status, detail, ctx.normalizedPath(), List.of());
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}

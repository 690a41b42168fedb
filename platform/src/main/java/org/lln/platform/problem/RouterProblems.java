package org.lln.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem documents for errors raised by the HTTP layer before any resource runs: an unknown path
 * (404), a body over {@code quarkus.http.limits.max-body-size} (413: answered before the body is read
 * when its declared length is over, and when a chunked body grows over it), an unsupported method (405),
 * and for the router's own refusals such as the request rate limit (429).
 */
@ApplicationScoped
public class RouterProblems {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        for (int status : new int[] {400, 404, 405, 413, 414, 431}) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversizedBody);
    }

    /** Answers a body whose declared Content-Length is over the limit before any of it is read. */
    private void refuseDeclaredOversizedBody(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodySize.asLongValue()) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    write(ctx, 413);
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, 400);
                return;
            }
        }
        ctx.next();
    }

    /**
     * Ends the request with a problem document.
     *
     * @param ctx    the request
     * @param type   the problem type, which fixes the status
     * @param detail what went wrong in this occurrence
     */
    public void respond(RoutingContext ctx, ProblemType type, String detail) {
        write(ctx, type.status(), type, detail);
    }

    private void write(RoutingContext ctx, int status) {
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This resource does not support the method used.";
            case 413 ->
                "The request body is larger than this service accepts (" + maxBodySize.asLongValue() + " bytes).";
            default -> type.title();
        };
        write(ctx, status, type, detail);
    }

    private void write(RoutingContext ctx, int status, ProblemType type, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        Problem problem = new Problem(type.uri(), type.title(), status, detail, ctx.normalizedPath(), List.of());
        try {
            ctx.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem))
                    .onComplete(done -> {
                        if (status == 413) {
                            ctx.request().connection().close();
                        }
                    });
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}

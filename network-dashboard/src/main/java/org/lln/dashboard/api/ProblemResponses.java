package org.lln.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every error of the dashboard as {@code application/problem+json} (RFC 9457), like the
 * services: errors of the resources (an {@code Accept} it cannot serve: 406), and errors of the HTTP
 * layer before any resource runs (an unknown path: 404, an unsupported method: 405). An unexpected
 * failure is a 500 problem without its stack trace, which is logged.
 */
@ApplicationScoped
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 431}) {
            router.errorHandler(status, ctx -> write(ctx, status));
        }
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException failure, UriInfo uri) {
        int status = failure.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 406 -> "None of the media types in Accept can be served.";
            default -> failure.getMessage();
        };
        return problem(Problem.of(status, detail, uri.getPath()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response any(Throwable failure, UriInfo uri) {
        LOG.errorf(failure, "Unexpected failure of %s", uri.getPath());
        return problem(Problem.of(500, "The dashboard failed unexpectedly; the failure is logged.", uri.getPath()));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private void write(RoutingContext ctx, int status) {
        if (ctx.response().headWritten()) {
            return;
        }
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This resource does not support the method used.";
            default -> "The request cannot be served.";
        };
        try {
            ctx.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(Problem.of(status, detail, ctx.normalizedPath())));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}

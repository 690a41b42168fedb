package org.lln.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every failure of a JAX-RS request as {@code application/problem+json} (RFC 9457). The
 * specific mappers exist only to outrank the framework's built-in ones; all share one classifier.
 */
public class ProblemMapper {

    /** Seconds a client is asked to wait after a 503 (RFC 9110, section 10.2.3): the health probe's few beats. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    ProblemClassifier classifier;

    /** Anything not mapped more specifically, including database errors. */
    @ServerExceptionMapper(priority = 1)
    public Response any(Throwable failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** Routing and content-negotiation failures: 404, 405, 406, 415 and the like. */
    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** Bean Validation failures, with one {@code errors} entry per violation. */
    @ServerExceptionMapper(priority = 1)
    public Response validation(ValidationException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** JSON that does not parse or does not fit the expected shape. */
    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** Jackson's shape errors, which the REST layer otherwise answers with a body of its own. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(
            com.fasterxml.jackson.databind.exc.MismatchedInputException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** A missing, invalid or expired token: 401 with a Bearer challenge (RFC 6750, section 3). */
    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(io.quarkus.security.UnauthorizedException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** A token that failed verification: 401 with a Bearer challenge. */
    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(
            io.quarkus.security.AuthenticationFailedException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    /** A valid token without the role the operation needs: 403. */
    @ServerExceptionMapper(priority = 1)
    public Response forbidden(io.quarkus.security.ForbiddenException failure, UriInfo uri, HttpHeaders headers) {
        return respond(failure, uri, headers);
    }

    private Response respond(Throwable failure, UriInfo uri, HttpHeaders headers) {
        String ifMatch = headers.getHeaderString("If-Match");
        Problem problem = classifier.classify(
                failure, "/" + uri.getPath().replaceFirst("^/", ""), ifMatch != null && !ifMatch.isBlank());
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}

package org.lln.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.lln.platform.dependency.DependencyProbe;

/**
 * Turns any exception raised while serving a request into an RFC 9457 problem. It walks the cause
 * chain and suppressed exceptions, so a database error wrapped by Hibernate and the transaction manager
 * is still recognised; a database that cannot be reached is a 503 (DESIGN.md, HTTP conventions).
 * Anything unrecognised becomes a 500 whose body says nothing about the internals; the stack trace
 * goes to the log only.
 */
@ApplicationScoped
public class ProblemClassifier {

    @Inject
    DependencyProbe probe;

    private static final Logger LOG = Logger.getLogger(ProblemClassifier.class);
    /** Target types whose deserializers (JsonCustomizer) word their own message. */
    private static final Set<Class<?>> OWN_MESSAGES = Set.of(String.class, LocalDate.class, Instant.class);

    private static final Pattern UNIQUE_KEY_DETAIL = Pattern.compile("Key \\((.+?)\\)=\\(");

    /**
     * A {@link WebApplicationException} is only used when nothing in its cause chain is more telling
     * (the REST layer wraps Jackson's parse errors in one).
     *
     * @param failure     what was thrown
     * @param instance    the request path, used as the problem's {@code instance}
     * @param conditional whether the request carried {@code If-Match}: a concurrent change is then a
     *                    failed precondition (412), otherwise a conflict (409)
     * @return the problem to send; never null
     */
    public Problem classify(Throwable failure, String instance, boolean conditional) {
        List<Throwable> causes = causes(failure);
        boolean atCommit = causes.stream().anyMatch(c -> c instanceof RollbackException);
        for (Throwable cause : causes) {
            Problem problem = recognise(cause, instance, conditional, atCommit);
            if (problem != null) {
                return problem;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof WebApplicationException wae) {
                return web(wae, instance);
            }
        }
        LOG.error("Unexpected failure serving " + instance, failure);
        return problem(ProblemType.INTERNAL_ERROR, "The server could not complete the request.", instance, List.of());
    }

    /**
     * @return the failure, its causes, and the exceptions suppressed along the way (the transaction
     *         manager reports a failed commit's database error as a suppressed exception), in that order
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty() && all.size() < 32) {
            Throwable next = pending.removeFirst();
            if (all.stream().anyMatch(seen -> seen == next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                pending.addFirst(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return all;
    }

    private Problem recognise(Throwable cause, String instance, boolean conditional, boolean atCommit) {
        if (cause instanceof ProblemException p) {
            return problem(p.type(), p.getMessage(), instance, p.errors());
        }
        if (cause instanceof io.quarkus.security.UnauthorizedException
                || cause instanceof io.quarkus.security.AuthenticationFailedException) {
            return problem(
                    ProblemType.UNAUTHORIZED,
                    "A valid bearer token is required: signed by the configured key, not expired, for this audience.",
                    instance,
                    List.of());
        }
        if (cause instanceof io.quarkus.security.ForbiddenException) {
            return problem(
                    ProblemType.FORBIDDEN, "The token's roles do not allow this operation.", instance, List.of());
        }
        if (cause instanceof InvalidParameterException ipe) {
            return problem(ProblemType.INVALID_PARAMETER, ipe.getMessage(), instance, List.of(ipe.error()));
        }
        if (cause instanceof ConstraintViolationException cve) {
            return validation(cve, instance);
        }
        if (cause instanceof JsonProcessingException jpe) {
            return json(jpe, instance);
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return problem(
                    conditional ? ProblemType.PRECONDITION_FAILED : ProblemType.CONFLICT,
                    "The resource was changed by another request at the same time; read it again and retry.",
                    instance,
                    List.of());
        }
        if (cause instanceof SQLException sql
                && poolTimedOut(sql)
                && probe.database().up()) {
            return problem(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The service is too busy right now: no database connection "
                            + "became free in time, and nothing was changed. Retry after the time in Retry-After.",
                    instance,
                    List.of());
        }
        if (cause instanceof SQLException sql && unreachable(sql)) {
            probe.databaseUnreachable(sql.getMessage());
            return problem(
                    ProblemType.SERVICE_UNAVAILABLE,
                    atCommit
                            ? "The database went away while the change was being committed, so it may or may not be saved: "
                                    + "read the resource before retrying, after the time in Retry-After."
                            : "The database cannot be reached right now; nothing was changed. Retry after the time in Retry-After.",
                    instance,
                    List.of());
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return database(sql, instance);
        }
        return null;
    }

    private Problem validation(ConstraintViolationException cve, String instance) {
        List<FieldError> errors = cve.getConstraintViolations().stream()
                .map(v -> new FieldError(
                        fieldOf(v), isMissingBody(v) ? "a JSON request body is required" : v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return problem(ProblemType.VALIDATION_ERROR, detail, instance, errors);
    }

    private static boolean isMissingBody(ConstraintViolation<?> violation) {
        return violation.getInvalidValue() == null && "body".equals(fieldOf(violation));
    }

    /** Drops the method and its parameter name from a violation path: {@code create.body.names[0].lang} to {@code names[0].lang}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            return parameter == null || violation.getInvalidValue() == null ? "body" : parameter;
        }
        return field.toString();
    }

    private Problem json(JsonProcessingException jpe, String instance) {
        if (jpe instanceof StreamConstraintsException) {
            return problem(
                    ProblemType.MALFORMED_REQUEST,
                    "The JSON document exceeds a size, nesting or number-length limit.",
                    instance,
                    List.of());
        }
        if (jpe instanceof JsonMappingException jme) {
            String field = pathOf(jme);
            String message = mappingMessage(jme);
            return problem(
                    ProblemType.VALIDATION_ERROR,
                    field + ": " + message,
                    instance,
                    List.of(new FieldError(field, message)));
        }
        String where = jpe.getLocation() == null
                ? ""
                : " (line " + jpe.getLocation().getLineNr() + ", column "
                        + jpe.getLocation().getColumnNr() + ")";
        return problem(
                ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where + ".", instance, List.of());
    }

    private static String mappingMessage(JsonMappingException jme) {
        if (jme instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        Class<?> target = jme instanceof MismatchedInputException mie ? mie.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (jme instanceof InvalidFormatException && OWN_MESSAGES.contains(target)) {
            return jme.getOriginalMessage();
        }
        if (jme instanceof ValueInstantiationException vie && vie.getCause() != null) {
            return vie.getCause().getMessage();
        }
        if (target != null) {
            return "must be " + typeName(target);
        }
        if (jme.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
            return "must be a number in range";
        }
        return "is not valid here";
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a whole number in range";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an RFC 3339 date-time";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type.isRecord() || Map.class.isAssignableFrom(type)
                ? "a JSON object"
                : "a JSON " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String pathOf(JsonMappingException jme) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : jme.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * @return whether the failure means the database is unreachable or not accepting work: SQLSTATE
     *         class 08 (connection exception), 57P01-57P03 (shut down, crashed, starting up), 53300 (too
     *         many connections), or the connection pool's acquisition timeout
     */
    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return poolTimedOut(sql);
        }
        return state.startsWith("08") || state.startsWith("57P") || "53300".equals(state);
    }

    /**
     * @return whether the connection pool gave up waiting for a connection (Agroal: "Acquisition timeout while
     *         waiting for new connection"): the database is unreachable, or every connection is busy
     */
    private static boolean poolTimedOut(SQLException sql) {
        return sql.getSQLState() == null
                && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    private Problem database(SQLException sql, String instance) {
        String state = sql.getSQLState();
        if ("23505".equals(state)) {
            String field = duplicateField(sql.getMessage());
            return problem(
                    ProblemType.CONFLICT,
                    "Another resource already has this " + field + ".",
                    instance,
                    List.of(new FieldError(field, "already taken")));
        }
        if ("23503".equals(state)) {
            return problem(ProblemType.CONFLICT, "The resource is still referenced by others.", instance, List.of());
        }
        if (state.startsWith("22") || "23514".equals(state)) {
            LOG.debugf("Data exception %s: %s", state, sql.getMessage());
            return problem(
                    ProblemType.VALIDATION_ERROR,
                    "A value is out of range or holds characters that cannot be stored.",
                    instance,
                    List.of());
        }
        return null;
    }

    private static String duplicateField(String message) {
        Matcher matcher = message == null ? null : UNIQUE_KEY_DETAIL.matcher(message);
        if (matcher == null || !matcher.find()) {
            return "code";
        }
        String column = matcher.group(1).replaceAll("^lower\\((.*)\\)$", "$1");
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private Problem web(WebApplicationException wae, String instance) {
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            LOG.error("Server error serving " + instance, wae);
            return problem(type, "The server could not complete the request.", instance, List.of());
        }
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This resource does not support the method used.";
            case 406 -> "This resource cannot be represented in a media type the Accept header allows.";
            case 415 ->
                "The request's Content-Type is not supported here; send application/json "
                        + "(application/merge-patch+json for PATCH).";
            default -> wae.getMessage() == null ? type.title() : wae.getMessage();
        };
        return new Problem(type.uri(), type.title(), status, detail, instance, null);
    }

    private static Problem problem(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }
}

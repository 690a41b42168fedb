package org.lln.platform.problem;

import java.util.List;

/**
 * A failure our own code detected, carried up to the HTTP edge and rendered as an RFC 9457 problem.
 * Use the factories: each names the field or resource involved so a client can act on it.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    /**
     * @param type   the problem type, which fixes the HTTP status
     * @param detail explanation of this occurrence
     * @param errors rejected inputs, possibly empty
     */
    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** @return the problem type */
    public ProblemType type() {
        return type;
    }

    /** @return the rejected inputs, possibly empty */
    public List<FieldError> errors() {
        return errors;
    }

    /** 404: no {@code resource} with this id. */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, resource + " " + id + " does not exist", List.of());
    }

    /** 400: one input is invalid. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_ERROR, field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 400: a query, path or header parameter cannot be read. */
    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(
                ProblemType.INVALID_PARAMETER, parameter + ": " + message, List.of(new FieldError(parameter, message)));
    }

    /** 409: the request collides with the current state, e.g. a duplicate {@code code}. */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(
                ProblemType.CONFLICT, message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** 412: the {@code If-Match} version is not the current one (RFC 9110, section 13.1.1). */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail, List.of());
    }

    /** 403: the caller may not make this change; the detail names the rule (OWASP API1:2023). */
    public static ProblemException forbidden(String rule) {
        return new ProblemException(ProblemType.FORBIDDEN, rule, List.of());
    }

    /** 422: a reference names something unknown or unusable (an unknown or archived partner). */
    public static ProblemException unprocessableReference(String field, String message) {
        return new ProblemException(
                ProblemType.UNPROCESSABLE_REFERENCE, field + ": " + message, List.of(new FieldError(field, message)));
    }
}

package org.lln.platform.problem;

import java.util.Locale;

/**
 * The problem types this suite returns, each with its HTTP status and fixed title (RFC 9457, section 3.1).
 * The {@code type} URI is {@code urn:lln:problem:} followed by the slug.
 */
public enum ProblemType {
    VALIDATION_ERROR(400, "Invalid request"),
    MALFORMED_REQUEST(400, "Malformed request body"),
    INVALID_PARAMETER(400, "Invalid parameter"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    GONE(410, "Gone"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE_REFERENCE(422, "Unknown or unusable reference"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    /** @return the HTTP status code that goes with this type */
    public int status() {
        return status;
    }

    /** @return the fixed human-readable title of this type */
    public String title() {
        return title;
    }

    /** @return the type URI, e.g. {@code urn:lln:problem:precondition-failed} */
    public String uri() {
        return "urn:lln:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds the type that goes with a bare HTTP status, for errors raised outside our code (404 of an unknown route).
     *
     * @param status an HTTP status code
     * @return the matching type, or {@link #INTERNAL_ERROR} for 5xx and {@link #VALIDATION_ERROR} for other 4xx
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST && type != INVALID_PARAMETER) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : VALIDATION_ERROR;
    }
}

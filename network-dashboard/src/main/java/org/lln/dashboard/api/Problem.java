package org.lln.dashboard.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details document, served as {@code application/problem+json}, in the shape the
 * suite's services answer their errors with.
 *
 * @param type     URI reference naming the problem type, {@code urn:lln:problem:<slug>}
 * @param title    short summary of the problem type, the same for every occurrence
 * @param status   HTTP status code of this occurrence
 * @param detail   explanation specific to this occurrence; never a stack trace
 * @param instance path of the request that failed
 */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details",
        requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problem(
        @Schema(format = "uri-reference", examples = "urn:lln:problem:not-acceptable")
        String type,

        @Schema(examples = "Not acceptable") String title,
        @Schema(examples = "406") int status,

        @Schema(examples = "Cannot produce any of: text/html")
        String detail,

        @Schema(examples = "/api/summary") String instance) {

    /** The media type of problem documents (RFC 9457, section 3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param status   an HTTP error status
     * @param detail   what went wrong in this occurrence
     * @param instance the request path
     * @return the problem, typed {@code urn:lln:problem:} plus the slug the services use for
     *         the status ({@code not-found}, {@code not-acceptable}, ...)
     */
    public static Problem of(int status, String detail, String instance) {
        String[] typeAndTitle = switch (status) {
            case 404 -> new String[] {"not-found", "Resource not found"};
            case 405 -> new String[] {"method-not-allowed", "Method not allowed"};
            case 406 -> new String[] {"not-acceptable", "Not acceptable"};
            case 413 -> new String[] {"payload-too-large", "Payload too large"};
            case 503 -> new String[] {"service-unavailable", "Service unavailable"};
            default ->
                status >= 500
                        ? new String[] {"internal-error", "Internal error"}
                        : new String[] {"validation-error", "Invalid request"};
        };
        return new Problem("urn:lln:problem:" + typeAndTitle[0], typeAndTitle[1], status, detail, instance);
    }
}

package org.lln.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details document, served as {@code application/problem+json}.
 *
 * @param type     URI reference naming the problem type ({@code urn:lln:problem:validation-error})
 * @param title    short summary of the problem type, the same for every occurrence
 * @param status   HTTP status code of this occurrence
 * @param detail   explanation specific to this occurrence; never a stack trace or SQL text
 * @param instance path of the request that failed
 * @param errors   rejected inputs, for validation problems; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** The media type of problem documents (RFC 9457, section 3). */
    public static final String MEDIA_TYPE = "application/problem+json";
}

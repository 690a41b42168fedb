package org.lln.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Conditional {@code GET} and {@code HEAD} (RFC 9110, section 13.1.2): when a 200 response carries an
 * {@code ETag} that one of the request's {@code If-None-Match} tags matches by weak comparison (section
 * 8.8.3.2), or the header is {@code *}, the answer is 304 with the same {@code ETag} and no body. A response
 * filter runs before the body is written, so the body is never serialised. The resource is still
 * read to learn its version: this saves the JSON, the bytes on the wire and the client's parsing.
 */
@Provider
public class ConditionalGet implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || response.getStatus() != 200 || !isRead(request.getMethod())) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag != null && matches(ifNoneMatch, tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    /** Weak comparison: {@code W/"3"} and {@code "3"} both match the tag {@code "3"}. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        String opaque = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}

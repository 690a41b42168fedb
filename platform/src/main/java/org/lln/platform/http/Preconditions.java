package org.lln.platform.http;

import jakarta.ws.rs.core.EntityTag;
import org.lln.platform.problem.ProblemException;

/**
 * Entity tags and {@code If-Match} checks for optimistic concurrency (RFC 9110, sections 8.8.3 and
 * 13.1.1). A resource's entity tag is its {@code version} in quotes: {@code ETag: "3"}.
 */
public final class Preconditions {

    private Preconditions() {}

    /**
     * @param version the resource's current version
     * @return the strong entity tag for it
     */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version. An absent header passes; {@code *}
     * passes; otherwise one of the listed strong tags must equal the version (weak tags never match).
     *
     * @param ifMatch the raw header value, or null
     * @param version the resource's current version
     * @throws ProblemException 412 when no listed tag matches
     */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String expected = "\"" + version + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(
                "If-Match " + ifMatch.trim() + " does not match the current version " + expected + ".");
    }
}

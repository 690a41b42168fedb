package org.lln.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * Responses that carry one resource with its entity tag (RFC 9110, section 8.8.3): {@code ETag: "<version>"}.
 */
public final class Representations {

    /** A resource representation with the identity and version its response headers need. */
    public interface Versioned {

        /** @return the resource id */
        UUID id();

        /** @return the resource version, the entity tag */
        long version();
    }

    private Representations() {}

    /**
     * @param resource the resource as {@code GET} returns it
     * @return 200 with the body and its ETag
     */
    public static Response ok(Versioned resource) {
        return Response.ok(resource).tag(Preconditions.etag(resource.version())).build();
    }

    /**
     * @param uri      the request's URI information: the new resource's address is the request path plus its id
     * @param resource the created resource
     * @return 201 with {@code Location}, the body and its ETag
     */
    public static Response created(UriInfo uri, Versioned resource) {
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(resource.id().toString())
                        .build())
                .entity(resource)
                .tag(Preconditions.etag(resource.version()))
                .build();
    }
}

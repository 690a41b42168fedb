package org.lln.platform.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.platform.problem.InvalidParameterException;
import org.lln.platform.problem.ProblemException;

/**
 * What this service has learnt about another service's resource from Kafka, read-only: lets an
 * operator (or a test) see whether a change has reached this service's read model yet.
 */
@Path("/read-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Read models", description = "Other services' resources as this service knows them from their topics")
@PermitAll
public class ReadModelResource {

    @Inject
    ReadModelStore store;

    /**
     * @param resourceType {@code partner}, {@code event}, {@code event-series} or {@code collaboration-area}
     * @param id           the resource id
     * @return the resource's data as its latest applied change event carried it
     * @throws ProblemException 404 when this service knows no such resource (or it was deleted)
     */
    @GET
    @Path("/{resourceType}/{id}")
    @Operation(
            operationId = "getReadModel",
            summary = "Show what this service knows of another service's resource",
            description =
                    "The `data` of the latest change event applied to this service's read model, with its `version`.")
    @APIResponse(
            responseCode = "200",
            description =
                    "The resource as the owning service published it (its `data` schema in " + "docs/asyncapi.yaml)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"id", "version"},
                                            properties = {
                                                @SchemaProperty(name = "id", type = SchemaType.STRING, format = "uuid"),
                                                @SchemaProperty(
                                                        name = "version",
                                                        type = SchemaType.INTEGER,
                                                        format = "int64")
                                            })))
    public JsonNode get(
            @Parameter(description = "partner, event, event-series or collaboration-area", example = "partner")
                    @PathParam("resourceType")
                    String resourceType,
            @PathParam("id") UUID id) {
        if (!resourceType.matches("^(partner|event|event-series|collaboration-area)$")) {
            throw new InvalidParameterException(
                    "resourceType", "must be partner, event, event-series or collaboration-area");
        }
        return store.current(resourceType, id)
                .orElseThrow(() -> ProblemException.notFound("Read model of " + resourceType, id));
    }
}

package org.lln.dashboard.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.dashboard.network.Dashboard;

/** The aggregates as Server-Sent Events: a snapshot on connect, then a delta per applied change. */
@Path("/api/stream")
@SecurityRequirementsSet
@Tag(name = "Dashboard")
public class StreamResource {

    @Inject
    Dashboard dashboard;

    /**
     * @param sink        the client's connection
     * @param sse         builds events
     * @param lastEventId the last event id the client saw, sent by a reconnecting EventSource
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            operationId = "streamSummary",
            summary = "Follow the aggregates live (Server-Sent Events)",
            description =
                    "Events: `snapshot` (data: a Summary) on connect, then `delta` (data: a Delta, the parts of the "
                            + "summary one change altered) per applied change. Each event's id is a stream position; a client "
                            + "that reconnects with Last-Event-ID gets the deltas it missed, or nothing when it is current, or a "
                            + "new snapshot when they are no longer kept or the dashboard restarted.")
    @APIResponse(
            responseCode = "200",
            description = "An endless event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "406",
            description = "None of the media types in Accept can be served",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(
            @Context SseEventSink sink,
            @Context Sse sse,
            @Parameter(description = "Position to resume after, e.g. `m3k2x1a.42`") @HeaderParam("Last-Event-ID")
                    String lastEventId) {
        dashboard.subscribe(lastEventId, item -> {
            if (sink.isClosed()) {
                return false;
            }
            sink.send(sse.newEventBuilder()
                            .id(item.id())
                            .name(item.name())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(item.data())
                            .build())
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            sink.close();
                        }
                    });
            return true;
        });
    }
}

package org.lln.platform.feed;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.platform.problem.InvalidParameterException;
import org.lln.platform.problem.ProblemException;
import org.lln.platform.problem.ProblemType;

/**
 * The change feed over HTTP, for dashboards that cannot speak Kafka (DESIGN.md, Change events): the
 * CloudEvents this service published, in publication order, as JSON pages or as Server-Sent Events.
 */
@Path("/changes")
@Tag(name = "Change feed", description = "Every change this service published to Kafka, over HTTP")
@PermitAll
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @ConfigProperty(name = "lln.change-feed.poll-interval", defaultValue = "200ms")
    Duration pollInterval;

    /** One page of changes after a position; {@code next} is the position to pass on the following call. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listChanges",
            summary = "List published changes after a position",
            description = "Returns up to `limit` CloudEvents published after position `after`, oldest first. "
                    + "Pass the returned `next` as `after` to continue. Published changes are kept for 7 days by default; "
                    + "an `after` older than that is answered 410 Gone: resynchronise from the list endpoints.")
    public ChangePage list(
            @Parameter(description = "Only changes after this position; omit it to start at the oldest change kept")
                    @QueryParam("after")
                    Long after,
            @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : limit;
        if (after != null && after < 0) {
            throw new InvalidParameterException("after", "must be 0 or more");
        }
        if (size < 1 || size > 1000) {
            throw new InvalidParameterException("limit", "must be between 1 and 1000");
        }
        long from = after == null ? feed.prunedThrough() : after;
        if (after != null) {
            refuseIfPruned(after);
        }
        List<Change> items = feed.after(from, size);
        return new ChangePage(
                items, items.isEmpty() ? from : items.get(items.size() - 1).position());
    }

    /**
     * Streams changes as Server-Sent Events: each event's {@code id} is its position and its data the
     * CloudEvent. Without {@code Last-Event-ID} or {@code after}, only changes published from now on are sent.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            operationId = "streamChanges",
            summary = "Stream published changes as Server-Sent Events",
            description = "Each event has the change's position as `id` and the CloudEvent as data. Reconnect with "
                    + "`Last-Event-ID` (browsers do this by themselves) or `after` to resume without gaps; a position older than "
                    + "the retention period is answered 410 Gone.")
    @APIResponse(
            responseCode = "200",
            description = "A Server-Sent Events stream (text/event-stream): per change an event "
                    + "with `id:` its position and `data:` the CloudEvent as JSON (see the CloudEvent schema)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Resume after this position (set by EventSource on reconnect)")
                    @HeaderParam("Last-Event-ID")
                    Long lastEventId,
            @Parameter(
                            description =
                                    "Start after this position (0 replays every change, unless some were pruned: then 410)")
                    @QueryParam("after")
                    Long after,
            @Context Sse sse) {
        long start = lastEventId != null ? lastEventId : after != null ? after : -1;
        if (lastEventId != null && lastEventId < 0) {
            throw new InvalidParameterException("Last-Event-ID", "must be 0 or more");
        }
        if (after != null && after < 0) {
            throw new InvalidParameterException("after", "must be 0 or more");
        }
        if (start >= 0) {
            refuseIfPruned(start);
        }
        return Multi.createFrom().deferred(() -> {
            AtomicLong cursor = new AtomicLong(start);
            return Multi.createFrom()
                    .ticks()
                    .every(pollInterval)
                    .onOverflow()
                    .drop()
                    .onItem()
                    .transformToIterable(tick -> poll(cursor))
                    .map(change -> sse.newEventBuilder()
                            .id(Long.toString(change.position()))
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(change.event())
                            .build());
        });
    }

    /**
     * A reader resuming from a position older than the retention horizon would silently miss changes:
     * it is told to resynchronise from the list endpoints instead (the convention of Kubernetes watches).
     */
    private void refuseIfPruned(long position) {
        long horizon = feed.prunedThrough();
        if (position < horizon) {
            throw new ProblemException(
                    ProblemType.GONE,
                    "Changes up to position " + horizon
                            + " were pruned after the retention period, so changes after " + position
                            + " are no longer complete. Resynchronise from the list endpoints, then follow the feed after position "
                            + feed.latestPosition() + ".",
                    List.of());
        }
    }

    private List<Change> poll(AtomicLong cursor) {
        if (cursor.get() < 0) {
            cursor.set(feed.latestPosition());
        }
        List<Change> changes = feed.after(cursor.get(), 100);
        if (!changes.isEmpty()) {
            cursor.set(changes.get(changes.size() - 1).position());
        }
        return changes;
    }
}

package org.lln.dashboard.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.dashboard.network.Dashboard;
import org.lln.dashboard.representation.Summary;

/** The aggregates as JSON, for dashboards of other kinds (a Grafana JSON data source, a partner's own screen). */
@Path("/api/summary")
@SecurityRequirementsSet
@Tag(name = "Dashboard", description = "Live aggregates of the network's change streams")
public class SummaryResource {

    @Inject
    Dashboard dashboard;

    /** @return the aggregates of everything the dashboard has read so far */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getSummary",
            summary = "Get the network at a glance",
            description =
                    "Partners by type and country, events per month and by type with attendees, the collaboration "
                            + "area pipeline and themes, overdue action items and the latest changes, as consumed from the "
                            + "suite's Kafka topics. The same document is the first event of /api/stream.")
    @APIResponse(
            responseCode = "200",
            description = "The aggregates",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Summary.class),
                            examples =
                                    @ExampleObject(
                                            name = "kampot-2025",
                                            summary = "After loading the Kampot 2025 data",
                                            value = SummaryExamples.KAMPOT)))
    @APIResponse(
            responseCode = "406",
            description = "None of the media types in Accept can be served",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Summary summary() {
        return dashboard.summary();
    }
}

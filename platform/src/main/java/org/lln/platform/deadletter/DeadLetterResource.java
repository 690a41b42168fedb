package org.lln.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lln.platform.security.Roles;

/**
 * The operator's view of this service's dead-letter topic (DESIGN.md, Change events): what could not
 * apply and why, and a replay once the cause is fixed. Admin only.
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Consumed records that could not apply to this service's read models")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    /** @return every dead-lettered record, oldest first */
    @GET
    @Operation(
            operationId = "listDeadLetters",
            summary = "List dead-lettered records",
            description =
                    "Every record on this service's dead-letter topic `<service>.dlq`, with the reason it could not apply. "
                            + "Needs role admin.")
    public List<DeadLetter> list() {
        return deadLetters.list();
    }

    /** @return what the replay did */
    @POST
    @Path("/replay")
    @Operation(
            operationId = "replayDeadLetters",
            summary = "Apply dead-lettered records again",
            description =
                    "Applies every record of the dead-letter topic again, e.g. after a fix. Idempotent: a record that "
                            + "now applies takes effect once; one that still cannot apply stays and is listed with its reason. "
                            + "Needs role admin.")
    public ReplayResult replay() {
        return deadLetters.replay();
    }
}

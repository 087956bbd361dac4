package edu.community.assessment.api;

import edu.community.assessment.application.ReportRebuilds;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the provincial report from the event log, for operators. */
@Path("/api/v1/reports/provincial/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provincial report")
@SecurityRequirement(name = "bearer")
@RolesAllowed({"province-officer", "system"})
public class ReportRebuildResource {

    private static final URI STATUS = URI.create("/api/v1/reports/provincial/rebuild");

    private final ReportRebuilds rebuilds;
    private final Callers callers;

    public ReportRebuildResource(ReportRebuilds rebuilds, Callers callers) {
        this.rebuilds = rebuilds;
        this.callers = callers;
    }

    @POST
    @Blocking
    @Operation(summary = "Rebuild the report from offset zero",
            description = "Reads every event of the report's topics into fresh tables while the live report keeps "
                    + "serving, then switches to them. 202 when started, 200 with the running rebuild's status "
                    + "when one is already running. Follow progress at GET of the same path or in the metrics "
                    + "eventsourcing_projection_rebuild_applied and _remaining.")
    @APIResponse(responseCode = "202", description = "started")
    @APIResponse(responseCode = "200", description = "a rebuild was already running")
    @APIResponse(responseCode = "403", description = "role-not-allowed, or outside-division for a caller whose division is "
            + "not the whole province (the rebuild replaces every division's report)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response start() {
        Caller caller = callers.current();
        caller.requireWriteAccess(List.of(caller.division().province()));
        ReportRebuilds.Started started = rebuilds.start();
        return (started.started() ? Response.accepted(started.status()) : Response.ok(started.status()))
                .location(STATUS).build();
    }

    @GET
    @Operation(summary = "Where the last rebuild stands")
    public ReportRebuilds.Status status() {
        return rebuilds.status();
    }
}

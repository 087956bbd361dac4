package edu.community.assessment.api;

import edu.community.assessment.api.AssessmentViews.SchemeView;
import edu.community.assessment.application.AssessmentCommands;
import edu.community.assessment.application.AssessmentQueries;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.security.Callers;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 评估方案 — community assessment schemes, defined by province, city and county officers within their division. */
@Path("/api/v1/assessment/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community assessment")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AssessmentSchemeResource {

    private final AssessmentCommands commands;
    private final AssessmentQueries queries;
    private final Callers callers;
    private final CommandRequests requests;

    public AssessmentSchemeResource(AssessmentCommands commands, AssessmentQueries queries, Callers callers,
                                    CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer"})
    @Operation(summary = "Define an assessment scheme",
            description = "Roles: province-officer, city-officer, county-officer, within their division. Writes "
                    + "AssessmentSchemeDefined. Indicators are MEASURED (a measure and ascending scoring bands [from, to) "
                    + "with points out of 100) or SCORED (assessors' score out of 100, no bands); weights add up to 100. "
                    + "Rewards in yuan by rank, never increasing; default 1,000,000 / 500,000 / 300,000.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "scheme.already-defined", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "scheme.no-indicators, scheme.indicator-code-repeated, "
            + "scheme.weight-not-positive, scheme.weights-not-100, scheme.measured-needs-measure, scheme.scored-has-measure, "
            + "scheme.balance-needs-indicator, scheme.measured-needs-bands, scheme.scored-has-bands, scheme.bands-invalid, "
            + "rewards.not-stepped", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> define(@Valid @NotNull AssessmentRequests.Scheme body, @BeanParam WriteHeaders headers,
                                @Context UriInfo uri) {
        var scheme = body.toEvent();
        return commands.defineScheme(scheme, requests.of(callers.current(), headers, "POST /api/v1/assessment/schemes", body))
                .map(written -> Response.created(uri.getAbsolutePathBuilder().path(written.stream().key()).build())
                        .tag(Versions.etag(written.version()))
                        .entity(SchemeView.of(written.state(), written.version())).build());
    }

    @GET
    @Path("/{schemeId}")
    @Operation(summary = "A scheme", description = "Any role, by the scheme's division.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "404", description = "scheme.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("schemeId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
            message = AssessmentRequests.UUID_MESSAGE) String schemeId) {
        return queries.scheme(schemeId, callers.current()).map(loaded -> Response
                .ok(SchemeView.of(loaded.state(), loaded.version())).tag(Versions.etag(loaded.version())).build());
    }
}

package edu.community.assessment.api;

import edu.community.assessment.api.AssessmentViews.RoundView;
import edu.community.assessment.application.AssessmentCommands;
import edu.community.assessment.application.AssessmentQueries;
import edu.community.assessment.application.PublishedRound;
import edu.community.assessment.domain.AssessmentRound;
import edu.community.assessment.domain.RoundCalculation;
import edu.community.assessment.domain.RoundVersion;
import edu.community.contracts.assessment.RoundResult;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 评估轮次 — rounds of community assessment: opened, assessors assigned and scoring closed by officers within their
 * division, scored by assigned assessors, published with every input frozen, corrected as new versions.
 */
@Path("/api/v1/assessment/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community assessment")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AssessmentRoundResource {

    private static final String OFFICERS = "Roles: province-officer, city-officer, county-officer, within the round's division. ";
    private static final String TIE = RoundCalculation.TIE_RULE + ".";
    private static final String STATE_409 = "stream-conflict (If-Match), round.not-open, round.not-scored, round.not-published";

    private final AssessmentCommands commands;
    private final AssessmentQueries queries;
    private final Callers callers;
    private final CommandRequests requests;

    public AssessmentRoundResource(AssessmentCommands commands, AssessmentQueries queries, Callers callers,
                                   CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer"})
    @Operation(summary = "Open a round under a scheme", description = OFFICERS + "Writes AssessmentRoundOpened with the "
            + "communities active on the cut-off date whose core school's county lies in the division (as the "
            + "provincial report gives them).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "round.already-opened", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "round.scheme-unknown, round.outside-scheme-division, "
            + "round.cut-off-outside-school-year, round.no-communities, rewards.not-stepped",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> open(@Valid @NotNull AssessmentRequests.Round body, @BeanParam WriteHeaders headers,
                              @Context UriInfo uri) {
        String roundId = body.roundId() == null ? UUID.randomUUID().toString() : body.roundId();
        return commands.open(roundId, body.schemeId(), new Division(body.division()), body.cutOffDate(), body.rewards(),
                        requests.of(callers.current(), headers, "POST /api/v1/assessment/rounds", body))
                .map(written -> Response.created(uri.getAbsolutePathBuilder().path(written.stream().key()).build())
                        .tag(Versions.etag(written.version()))
                        .entity(RoundView.of(written.state(), written.version())).build());
    }

    @GET
    @Operation(summary = "The published rounds of a division and school year", description = "Any role by the division. "
            + "Rounds whose division is the one asked (not those of divisions within it), by cut-off date: scheme "
            + "name (null when the scheme cannot be read), cut-off date, number of published versions, and the latest "
            + "version's ranking of the round's division with each community's name, total and reward in yuan.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublishedRound.class,
            type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "malformed division or schoolYear", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<List<PublishedRound>> published(@QueryParam("division") String division,
                                               @QueryParam("schoolYear") String schoolYear) {
        return queries.published(ReportParameters.division(division), ReportParameters.schoolYear(schoolYear).startYear(),
                callers.current());
    }

    @GET
    @Path("/{roundId}")
    @Operation(summary = "A round", description = "Any role by the round's division, and its assigned assessors: "
            + "status, communities, assessors, scores and the latest published version. Ties: " + TIE)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "404", description = "round.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
            message = AssessmentRequests.UUID_MESSAGE) String roundId) {
        return queries.round(roundId, callers.current()).map(loaded -> Response
                .ok(RoundView.of(loaded.state(), loaded.version())).tag(Versions.etag(loaded.version())).build());
    }

    @POST
    @Path("/{roundId}/assessors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer"})
    @Operation(summary = "Assign assessors to an open round", description = OFFICERS + "Writes AssessorsAssigned with "
            + "the token subjects not yet assigned.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "round.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STATE_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> assign(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                        message = AssessmentRequests.UUID_MESSAGE) String roundId,
                                @Valid @NotNull AssessmentRequests.Assessors body, @BeanParam WriteHeaders headers) {
        return write(roundId, "assessors", body, headers, request -> commands.assign(roundId, body.assessors(), request));
    }

    @PUT
    @Path("/{roundId}/scores/{communityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("assessor")
    @Operation(summary = "Score a community", description = "Role: assessor, assigned to the round. Writes "
            + "CommunityScored; a later score of the same assessor replaces it, the same again writes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "round.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STATE_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "round.assessor-not-assigned, round.community-not-assessed, "
            + "round.conflict-of-interest (the core school's county lies within the assessor's division), "
            + "round.scores-incomplete, round.score-out-of-range", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> score(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                       message = AssessmentRequests.UUID_MESSAGE) String roundId,
                               @PathParam("communityId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                       message = AssessmentRequests.UUID_MESSAGE) String communityId,
                               @Valid @NotNull AssessmentRequests.Scores body, @BeanParam WriteHeaders headers) {
        return write(roundId, "scores/" + communityId, body, headers,
                request -> commands.score(roundId, communityId, body.toScores(), body.comment().strip(), request));
    }

    @POST
    @Path("/{roundId}/scoring-closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer"})
    @Operation(summary = "Close scoring", description = OFFICERS + "Writes RoundScoringClosed: the round is SCORED.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "round.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STATE_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "round.scores-missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> closeScoring(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                              message = AssessmentRequests.UUID_MESSAGE) String roundId,
                                      @Valid @NotNull AssessmentRequests.Note body, @BeanParam WriteHeaders headers) {
        return write(roundId, "scoring-closure", body, headers,
                request -> commands.closeScoring(roundId, body.note().strip(), request));
    }

    @POST
    @Path("/{roundId}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer"})
    @Operation(summary = "Publish a scored round", description = OFFICERS + "Writes AssessmentRoundPublished: every "
            + "measured input read from the report as of the cut-off date, every score, results, rankings (the round's "
            + "division, then each city and county below it) and rewards by rank. Ties: " + TIE)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "round.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STATE_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> publish(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                         message = AssessmentRequests.UUID_MESSAGE) String roundId,
                                 @Valid @NotNull AssessmentRequests.Note body, @BeanParam WriteHeaders headers) {
        return write(roundId, "publication", body, headers, request -> commands.publish(roundId, body.note().strip(), request));
    }

    @POST
    @Path("/{roundId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer"})
    @Operation(summary = "Correct a published round", description = OFFICERS + "Writes AssessmentRoundCorrected: the "
            + "next version, recomputed from the report as of the cut-off date now and the same scores, listing what "
            + "changed and why. Earlier versions stay readable.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "round.unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STATE_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "round.correction-needs-reason, round.correction-changes-nothing",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> correct(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                         message = AssessmentRequests.UUID_MESSAGE) String roundId,
                                 @Valid @NotNull AssessmentRequests.Correction body, @BeanParam WriteHeaders headers) {
        return write(roundId, "corrections", body, headers, request -> commands.correct(roundId, body.reason().strip(), request));
    }

    @GET
    @Path("/{roundId}/versions/{version}")
    @Operation(summary = "A published version as frozen", description = "Any role by the round's division, and its "
            + "assessors: the version, the publication note or the correction's reason, what it changed, and its results.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundVersion.class)))
    @APIResponse(responseCode = "404", description = "round.unknown, round.version-unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RoundVersion> version(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                            message = AssessmentRequests.UUID_MESSAGE) String roundId,
                                    @PathParam("version") @Min(1) @Max(10_000) int version) {
        return queries.version(roundId, version, callers.current());
    }

    @GET
    @Path("/{roundId}/versions/{version}/recomputed")
    @Operation(summary = "A published version recomputed from its frozen inputs",
            description = "The results computed again from the measured inputs and scores the version froze: equal to "
                    + "the version whatever arrived later.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoundResult.class)))
    @APIResponse(responseCode = "404", description = "round.unknown, round.version-unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RoundResult> recomputed(@PathParam("roundId") @Pattern(regexp = AssessmentRequests.UUID_PATTERN,
                                               message = AssessmentRequests.UUID_MESSAGE) String roundId,
                                       @PathParam("version") @Min(1) @Max(10_000) int version) {
        return queries.recomputed(roundId, version, callers.current());
    }

    private Uni<Response> write(String roundId, String operation, Object body, WriteHeaders headers,
                                Function<CommandRequest, Uni<Written<AssessmentRound>>> command) {
        CommandRequest request = requests.of(callers.current(), headers,
                "/api/v1/assessment/rounds/" + roundId + "/" + operation, body);
        return command.apply(request).map(written -> Response.ok(RoundView.of(written.state(), written.version()))
                .tag(Versions.etag(written.version())).build());
    }
}

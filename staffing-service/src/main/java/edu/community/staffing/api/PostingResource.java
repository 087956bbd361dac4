package edu.community.staffing.api;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.staffing.application.PostingCommandHandler;
import edu.community.staffing.application.PostingQueries;
import edu.community.staffing.domain.Posting;
import edu.community.staffing.domain.PostingCommands;
import edu.community.staffing.domain.PostingId;
import edu.community.staffing.domain.StaffId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 教师流动 — propose a posting, approve or reject it, start it, and complete it, end it early or cancel it.
 * Each step is dated and records who decided and why.
 */
@Path("/api/v1/postings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Postings")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class PostingResource {

    private static final String STEP_409 = "posting.not-proposed, posting.not-approved, posting.not-started, "
            + "posting.not-cancellable, posting.previous-not-ended, or stream-conflict";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String STEP_422 = "posting.step-before-previous, posting.step-in-future, "
            + "posting.start-after-planned-end, "
            + "posting.completed-before-planned-end, posting.early-end-out-of-range, "
            + "posting.transfer-only-after-rotation";

    private final PostingCommandHandler commands;
    private final PostingQueries queries;
    private final Callers callers;
    private final CommandRequests requests;

    public PostingResource(PostingCommandHandler commands, PostingQueries queries, Callers callers,
                           CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Propose a posting",
            description = "Writes PostingProposed. The origin is the person's school on the planned start; a school "
                    + "officer proposes only for staff of its own school; the caller's division must cover the origin "
                    + "and the destination. Community membership is read from the local read model of "
                    + "edu.community.events (eventually checked).")
    @APIResponse(responseCode = "201", description = "Proposed; Location and ETag set",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "posting.pending-exists, posting.overlap (one posting at a time), "
            + "or stream-conflict", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "posting.staff-unknown, posting.not-appointed-on-start, "
            + "posting.destination-is-origin, posting.school-unknown, posting.destination-outside-community, "
            + "posting.end-before-start, posting.duration-out-of-bounds; or idempotency-key-reused",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> propose(@Valid @NotNull ProposePostingRequest body, @BeanParam WriteHeaders headers,
                                 @Context UriInfo uri) {
        Caller caller = callers.current();
        var command = new PostingCommands.Propose(PostingId.random(), new StaffId(UUID.fromString(body.staffId())),
                body.kind(), body.destinationSchool(), body.plannedStart(), body.plannedEnd(), body.reason().strip(),
                caller.subject(), body.effectiveDate());
        return commands.handle(command, requests.of(caller, headers, "POST /api/v1/postings", body))
                .map(written -> Response.created(uri.getAbsolutePathBuilder().path(written.state().id()).build())
                        .tag(Versions.etag(written.version())).entity(PostingView.of(written.state(), written.version()))
                        .build());
    }

    @GET
    @Path("/{postingId}")
    @Operation(summary = "Get a posting", description = "ETag is the posting's stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such posting", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("postingId") String postingId) {
        PostingId id = new PostingId(StaffRequests.id(postingId, "posting"));
        return queries.get(id, callers.current()).map(found -> found
                .map(loaded -> ok(PostingView.of(loaded.state(), loaded.version())))
                .orElseThrow(() -> new NotFoundException("no posting " + postingId)));
    }

    @POST
    @Path("/{postingId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Approve a proposed posting",
            description = "Writes PostingApproved. The caller's division must cover the origin and the destination: a "
                    + "cross-county posting needs the city or the province.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed or outside-division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "posting.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = STEP_422, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> approve(@PathParam("postingId") String postingId, @Valid @NotNull PostingStepRequest body,
                                 @BeanParam WriteHeaders headers) {
        return write(postingId, "POST approval", body, headers, (id, request) -> commands.handle(
                new PostingCommands.Approve(id, body.reason().strip(), request.caller().subject(), body.effectiveDate()),
                request));
    }

    @POST
    @Path("/{postingId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Reject a proposed posting",
            description = "Writes PostingRejected; the same division rule as approval.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed or outside-division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "posting.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = STEP_422, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> reject(@PathParam("postingId") String postingId, @Valid @NotNull PostingStepRequest body,
                                @BeanParam WriteHeaders headers) {
        return write(postingId, "POST rejection", body, headers, (id, request) -> commands.handle(
                new PostingCommands.Reject(id, body.reason().strip(), request.caller().subject(), body.effectiveDate()),
                request));
    }

    @POST
    @Path("/{postingId}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Start an approved posting",
            description = "Writes PostingStarted once no other posting of the person is running.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "posting.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = STEP_422, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> start(@PathParam("postingId") String postingId, @Valid @NotNull PostingStartRequest body,
                               @BeanParam WriteHeaders headers) {
        return write(postingId, "POST start", body, headers, (id, request) -> commands.handle(
                new PostingCommands.Start(id, request.caller().subject(), body.effectiveDate(), today()), request));
    }

    @POST
    @Path("/{postingId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Complete a posting",
            description = "Writes PostingCompleted. The person returns to the origin school, unless a rotation is "
                    + "recorded as a transfer: then the person is appointed at the destination from the next day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "posting.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = STEP_422, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> complete(@PathParam("postingId") String postingId,
                                  @Valid @NotNull PostingCompletionRequest body, @BeanParam WriteHeaders headers) {
        return write(postingId, "POST completion", body, headers, (id, request) -> commands.handle(
                new PostingCommands.Complete(id, body.recordedAsTransfer(), request.caller().subject(),
                        body.effectiveDate(), today()), request));
    }

    @POST
    @Path("/{postingId}/early-end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "End a posting early", description = "Writes PostingEndedEarly; the person returns to the origin.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "posting.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = STEP_422, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> endEarly(@PathParam("postingId") String postingId, @Valid @NotNull PostingStepRequest body,
                                  @BeanParam WriteHeaders headers) {
        return write(postingId, "POST early-end", body, headers, (id, request) -> commands.handle(
                new PostingCommands.EndEarly(id, body.reason().strip(), request.caller().subject(),
                        body.effectiveDate(), today()), request));
    }

    @POST
    @Path("/{postingId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Cancel a posting before it starts", description = "Writes PostingCancelled.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "posting.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = STEP_409, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = STEP_422, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> cancel(@PathParam("postingId") String postingId, @Valid @NotNull PostingStepRequest body,
                                @BeanParam WriteHeaders headers) {
        return write(postingId, "POST cancellation", body, headers, (id, request) -> commands.handle(
                new PostingCommands.Cancel(id, body.reason().strip(), request.caller().subject(), body.effectiveDate()),
                request));
    }

    private Uni<Response> write(String postingId, String operation, Object body, WriteHeaders headers,
                                BiFunction<PostingId, CommandRequest, Uni<Written<Posting>>> command) {
        PostingId id = new PostingId(StaffRequests.id(postingId, "posting"));
        return command.apply(id, requests.of(headers, operation + " of posting " + id, body))
                .map(written -> ok(PostingView.of(written.state(), written.version())));
    }

    /** Today where the postings are: China Standard Time. */
    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private static Response ok(PostingView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}

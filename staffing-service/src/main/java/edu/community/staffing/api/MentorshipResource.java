package edu.community.staffing.api;

import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.staffing.application.MentorshipCommandHandler;
import edu.community.staffing.domain.Mentorship;
import edu.community.staffing.domain.MentorshipCommands;
import edu.community.staffing.domain.MentorshipId;
import edu.community.staffing.domain.StaffId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 师徒结对 — pair a mentor and an apprentice, end the pair, read it. */
@Path("/api/v1/mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorships")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class MentorshipResource {

    private final MentorshipCommandHandler commands;
    private final EventStore store;
    private final Pool pool;
    private final Callers callers;
    private final CommandRequests requests;

    public MentorshipResource(MentorshipCommandHandler commands, EventStore store, Pool pool, Callers callers,
                              CommandRequests requests) {
        this.commands = commands;
        this.store = store;
        this.pool = pool;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Pair a mentor and an apprentice",
            description = "Writes MentorshipFormed with both people's schools on the start. The schools share an "
                    + "active community on that day (or are one school); the caller's division covers both; a school "
                    + "officer pairs for its own school's apprentices.")
    @APIResponse(responseCode = "201", description = "Paired; Location and ETag set",
            content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "mentorship.same-person, mentorship.staff-unknown, "
            + "mentorship.not-appointed, mentorship.outside-community; or idempotency-key-reused",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> pair(@Valid @NotNull PairRequest body, @BeanParam WriteHeaders headers, @Context UriInfo uri) {
        var command = new MentorshipCommands.Pair(MentorshipId.random(), new StaffId(UUID.fromString(body.mentorId())),
                new StaffId(UUID.fromString(body.apprenticeId())), body.mode(), body.effectiveDate());
        return commands.handle(command, requests.of(headers, "POST /api/v1/mentorships", body))
                .map(written -> Response.created(uri.getAbsolutePathBuilder().path(written.state().id()).build())
                        .tag(Versions.etag(written.version()))
                        .entity(MentorshipView.of(written.state(), written.version())).build());
    }

    @GET
    @Path("/{mentorshipId}")
    @Operation(summary = "Get a mentor–apprentice pair", description = "ETag is the pair's stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such pair", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("mentorshipId") String mentorshipId) {
        MentorshipId id = new MentorshipId(StaffRequests.id(mentorshipId, "mentorship"));
        Caller caller = callers.current();
        return store.load(id.streamId().value(), Mentorship.NONE, Mentorship::apply).flatMap(loaded -> {
            if (!loaded.exists()) {
                throw new NotFoundException("no mentorship " + mentorshipId);
            }
            return pool.preparedQuery("select county_code from community_school where school_code = $1")
                    .execute(Tuple.of(loaded.state().apprenticeSchool())).map(rows -> {
                        rows.forEach(row -> caller.requireReadAccess(new Division(row.getString("county_code"))));
                        return Response.ok(MentorshipView.of(loaded.state(), loaded.version()))
                                .tag(Versions.etag(loaded.version())).build();
                    });
        });
    }

    @POST
    @Path("/{mentorshipId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "End a mentor–apprentice pair",
            description = "Writes MentorshipEnded; ending again on the same day changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MentorshipView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "mentorship.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "mentorship.ended, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "mentorship.end-before-start",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> end(@PathParam("mentorshipId") String mentorshipId, @Valid @NotNull PostingStepRequest body,
                             @BeanParam WriteHeaders headers) {
        MentorshipId id = new MentorshipId(StaffRequests.id(mentorshipId, "mentorship"));
        return commands.handle(new MentorshipCommands.End(id, body.reason().strip(), body.effectiveDate()),
                        requests.of(headers, "POST end of mentorship " + id, body))
                .map(written -> Response.ok(MentorshipView.of(written.state(), written.version()))
                        .tag(Versions.etag(written.version())).build());
    }
}

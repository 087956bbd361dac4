package edu.community.exchange.api;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Callers;
import edu.community.exchange.application.ActivityCommandHandler;
import edu.community.exchange.application.ActivityQueries;
import edu.community.exchange.domain.Activity;
import edu.community.exchange.domain.ActivityCommands;
import edu.community.exchange.domain.ActivityId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 学生交流活动 — plan, postpone, cancel, record and correct joint student activities, and read one. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ActivityResource {

    private static final String RULES = "activity.school-unknown, activity.not-in-one-community (a school outside the "
            + "community on the date), activity.no-participants, activity.participants-repeated, "
            + "activity.grade-out-of-range, activity.students-out-of-bounds";

    private final ActivityCommandHandler commands;
    private final ActivityQueries queries;
    private final Callers callers;
    private final CommandRequests requests;

    public ActivityResource(ActivityCommandHandler commands, ActivityQueries queries, Callers callers,
                            CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Plan an activity",
            description = "Writes ActivityPlanned to edu.exchange.events. The caller's division must cover every school "
                    + "named; a school officer plans only for its own school as host. Membership of the community is "
                    + "checked against the local read model of edu.community.events (eventually checked).")
    @APIResponse(responseCode = "201", description = "Planned; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "stream-conflict", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = RULES + "; or idempotency-key-reused",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> plan(@Valid @NotNull PlanActivityRequest body, @BeanParam WriteHeaders headers,
                              @Context UriInfo uri) {
        ActivityId id = ActivityId.random();
        var command = new ActivityCommands.Plan(id, body.kind(), body.communityId(), body.hostSchool(), body.date(),
                ActivityRequests.counts(body.plannedParticipants()));
        return commands.handle(command, requests.of(headers, "POST /api/v1/activities", body))
                .map(written -> Response.created(uri.getAbsolutePathBuilder().path(written.state().id()).build())
                        .tag(Versions.etag(written.version())).entity(ActivityView.of(written.state(), written.version()))
                        .build());
    }

    @GET
    @Path("/{activityId}")
    @Operation(summary = "Get an activity", description = "ETag is the activity's stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("activityId") String activityId) {
        ActivityId id = ActivityRequests.id(activityId);
        return queries.get(id, callers.current()).map(found -> found
                .map(loaded -> ok(ActivityView.of(loaded.state(), loaded.version())))
                .orElseThrow(() -> new NotFoundException("no activity " + activityId)));
    }

    @POST
    @Path("/{activityId}/postponement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Postpone a planned activity", description = "Writes ActivityPostponed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "activity.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "activity.cancelled, activity.already-held, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "activity.postponed-not-later, activity.not-in-one-community",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> postpone(@PathParam("activityId") String activityId,
                                  @Valid @NotNull PostponeActivityRequest body, @BeanParam WriteHeaders headers) {
        return write(activityId, "POST postponement", body, headers, (id, request) -> commands.handle(
                new ActivityCommands.Postpone(id, body.newDate(), body.reason()), request));
    }

    @POST
    @Path("/{activityId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Cancel a planned activity", description = "Writes ActivityCancelled; it can no longer be held.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "activity.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "activity.cancelled, activity.already-held, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> cancel(@PathParam("activityId") String activityId,
                                @Valid @NotNull CancelActivityRequest body, @BeanParam WriteHeaders headers) {
        return write(activityId, "POST cancellation", body, headers, (id, request) -> commands.handle(
                new ActivityCommands.Cancel(id, body.reason().strip()), request));
    }

    @POST
    @Path("/{activityId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Record that an activity was held",
            description = "Writes ActivityHeld; the day may be in the past (a late record), never after today.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "activity.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "activity.cancelled, activity.already-held, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "activity.held-in-future, activity.duration-out-of-bounds, " + RULES,
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> recordHeld(@PathParam("activityId") String activityId,
                                    @Valid @NotNull ActivityRecordRequest body, @BeanParam WriteHeaders headers) {
        return write(activityId, "POST record", body, headers, (id, request) -> commands.handle(
                new ActivityCommands.RecordHeld(id, body.heldOn(), body.durationMinutes(),
                        ActivityRequests.counts(body.participants()), ActivityRequests.today()), request));
    }

    @PUT
    @Path("/{activityId}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Correct the record of a held activity",
            description = "Writes ActivityRecordCorrected, which replaces the record; the same record again changes "
                    + "nothing. Take If-Match to correct only the version read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "activity.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "activity.not-held, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "activity.held-in-future, activity.duration-out-of-bounds, " + RULES,
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> correct(@PathParam("activityId") String activityId,
                                 @Valid @NotNull ActivityRecordRequest body, @BeanParam WriteHeaders headers) {
        return write(activityId, "PUT record", body, headers, (id, request) -> commands.handle(
                new ActivityCommands.CorrectRecord(id, body.heldOn(), body.durationMinutes(),
                        ActivityRequests.counts(body.participants()), body.reason(), ActivityRequests.today()),
                request));
    }

    private Uni<Response> write(String activityId, String operation, Object body, WriteHeaders headers,
                                BiFunction<ActivityId, CommandRequest, Uni<Written<Activity>>> command) {
        ActivityId id = ActivityRequests.id(activityId);
        return command.apply(id, requests.of(headers, operation + " of activity " + id, body))
                .map(written -> ok(ActivityView.of(written.state(), written.version())));
    }

    private static Response ok(ActivityView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}

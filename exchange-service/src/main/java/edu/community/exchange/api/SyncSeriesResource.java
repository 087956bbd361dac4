package edu.community.exchange.api;

import edu.community.contracts.exchange.ClassroomSession;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Callers;
import edu.community.exchange.application.SyncSeriesCommandHandler;
import edu.community.exchange.application.SyncSeriesQueries;
import edu.community.exchange.domain.SyncSeries;
import edu.community.exchange.domain.SyncSeriesCommands;
import edu.community.exchange.domain.SyncSeriesId;
import edu.community.exchange.domain.Term;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 同步课堂 — plan a synchronous-classroom series, record and correct its lessons, and read one. */
@Path("/api/v1/sync-series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Synchronous classrooms")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class SyncSeriesResource {

    private static final String SESSION_RULES = "sync-session.outside-series, sync-session.not-on-schedule, "
            + "sync-session.in-future, sync-session.classrooms-differ, sync-session.attendance-out-of-bounds, "
            + "sync-session.missed-without-reason, sync-session.held-with-missed-reason";

    private final SyncSeriesCommandHandler commands;
    private final SyncSeriesQueries queries;
    private final Callers callers;
    private final CommandRequests requests;

    public SyncSeriesResource(SyncSeriesCommandHandler commands, SyncSeriesQueries queries, Callers callers,
                              CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Plan a synchronous-classroom series",
            description = "Writes SyncSeriesPlanned. The caller's division must cover the teaching and every receiving "
                    + "school; a school officer plans only for its own school as teaching school. Membership of the "
                    + "community on the first day is checked against the local read model (eventually checked).")
    @APIResponse(responseCode = "201", description = "Planned; Location and ETag set",
            content = @Content(schema = @Schema(implementation = SyncSeriesView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "stream-conflict", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "sync-series.first-day-outside-term, sync-series.grade-out-of-range, "
            + "sync-series.duration-out-of-bounds, sync-series.no-receiving-classroom, sync-series.classroom-repeated, "
            + "sync-series.enrolled-out-of-bounds, sync-series.school-unknown, sync-series.not-in-one-community; or "
            + "idempotency-key-reused", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> plan(@Valid @NotNull PlanSyncSeriesRequest body, @BeanParam WriteHeaders headers,
                              @Context UriInfo uri) {
        var command = new SyncSeriesCommands.Plan(SyncSeriesId.random(), body.communityId(), body.subject().strip(),
                body.grade(), body.teachingSchool(), body.teacherId(),
                body.receivingClassrooms().stream().map(ClassroomRequest::classroom).toList(), body.weekday(),
                body.lessonMinutes(), Term.parse(body.term()), body.firstDay());
        return commands.handle(command, requests.of(headers, "POST /api/v1/sync-series", body))
                .map(written -> Response.created(uri.getAbsolutePathBuilder().path(written.state().id()).build())
                        .tag(Versions.etag(written.version()))
                        .entity(SyncSeriesView.of(written.state(), written.version())).build());
    }

    @GET
    @Path("/{seriesId}")
    @Operation(summary = "Get a series with its recorded lessons", description = "ETag is the series' stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncSeriesView.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such series", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("seriesId") String seriesId) {
        return queries.get(id(seriesId), callers.current()).map(found -> found
                .map(loaded -> ok(SyncSeriesView.of(loaded.state(), loaded.version())))
                .orElseThrow(() -> new NotFoundException("no series " + seriesId)));
    }

    @POST
    @Path("/{seriesId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Record a lesson", description = "Writes SyncSessionRecorded; the lesson may be recorded late.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncSeriesView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "sync-series.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "sync-session.already-recorded, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = SESSION_RULES, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> record(@PathParam("seriesId") String seriesId, @Valid @NotNull SyncSessionRequest body,
                                @BeanParam WriteHeaders headers) {
        return write(seriesId, "POST sessions", body, headers, (id, request) -> commands.handle(
                new SyncSeriesCommands.RecordSession(id, body.date(), sessions(body.classrooms()),
                        ActivityRequests.today()), request));
    }

    @PUT
    @Path("/{seriesId}/sessions/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Correct the record of a lesson",
            description = "Writes SyncSessionCorrected, its own event; the same record again changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncSeriesView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "sync-series.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "sync-session.not-recorded, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = SESSION_RULES, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> correct(@PathParam("seriesId") String seriesId,
                                 @PathParam("date") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd")
                                 String date,
                                 @Valid @NotNull SyncSessionCorrectionRequest body, @BeanParam WriteHeaders headers) {
        LocalDate lesson = lessonDate(date);
        return write(seriesId, "PUT sessions/" + date, body, headers, (id, request) -> commands.handle(
                new SyncSeriesCommands.CorrectSession(id, lesson, sessions(body.classrooms()), body.reason(),
                        ActivityRequests.today()), request));
    }

    private Uni<Response> write(String seriesId, String operation, Object body, WriteHeaders headers,
                                BiFunction<SyncSeriesId, CommandRequest, Uni<Written<SyncSeries>>> command) {
        SyncSeriesId id = id(seriesId);
        return command.apply(id, requests.of(headers, operation + " of series " + id, body))
                .map(written -> ok(SyncSeriesView.of(written.state(), written.version())));
    }

    private static List<ClassroomSession> sessions(List<ClassroomSessionRequest> requests) {
        return requests.stream().map(ClassroomSessionRequest::session).toList();
    }

    private static SyncSeriesId id(String text) {
        if (!text.matches(ActivityRequests.UUID)) {
            throw new NotFoundException("no series " + text);
        }
        return new SyncSeriesId(UUID.fromString(text));
    }

    private static LocalDate lessonDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new NotFoundException("no lesson on " + text);
        }
    }

    private static Response ok(SyncSeriesView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}

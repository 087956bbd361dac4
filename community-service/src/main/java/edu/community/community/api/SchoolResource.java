package edu.community.community.api;

import edu.community.community.application.CommunityQueries;
import edu.community.community.application.SchoolCommands;
import edu.community.community.application.SchoolQueries;
import edu.community.community.domain.ChangeSchoolDetails;
import edu.community.community.domain.CloseSchool;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.ReopenSchool;
import edu.community.community.domain.School;
import edu.community.community.domain.SchoolCode;
import edu.community.community.projection.SchoolRegister;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.community.SchoolLevel;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Cursors;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 学校 — register, change, close, reopen and read schools. */
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class SchoolResource {


    private final SchoolCommands commands;
    private final SchoolQueries queries;
    private final CommunityQueries communities;
    private final Callers callers;
    private final CommandRequests requests;

    public SchoolResource(SchoolCommands commands, SchoolQueries queries, CommunityQueries communities,
                          Callers callers, CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.communities = communities;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Register a school",
            description = "Writes SchoolRegistered to edu.community.events. The caller's division must cover the county.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed, or outside-division: the county is outside the caller's division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "school.already-registered, or stream-conflict (a concurrent write)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "division.unknown, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> register(
            @Valid @NotNull RegisterSchoolRequest body, @BeanParam WriteHeaders headers,
            @Context UriInfo uri) {
        Caller caller = callers.current();
        SchoolCode code = new SchoolCode(body.schoolCode());
        RegisterSchool command = new RegisterSchool(code, body.countyCode(), body.details(),
                SchoolRequests.dateOrToday(body.effectiveDate()));
        return commands.handle(command, requests.of(caller, headers, "POST /api/v1/schools", body))
                .map(written -> SchoolView.of(written.state(), written.version()))
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(code.value()).build())
                        .tag(Versions.etag(view.version())).entity(view).build());
    }

    @GET
    @Operation(summary = "List and search schools",
            description = "In school-code order, paged by cursor. Without a division a county or city officer gets "
                    + "its own division; province-wide readers get everything.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SchoolPage> search(
            @Parameter(description = "Province (330000), city (330100) or county (330106) code")
            @QueryParam("division") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
            String division,
            @Parameter(description = "URBAN, TOWNSHIP or RURAL") @QueryParam("classification") String classification,
            @Parameter(description = "PRIMARY, JUNIOR, NINE_YEAR or SENIOR") @QueryParam("level") String level,
            @Parameter(description = "OPEN or CLOSED") @QueryParam("status") String status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        SchoolRegister.Search search = new SchoolRegister.Search(division == null ? null : new Division(division),
                filter(SchoolClassification.class, "classification", classification),
                filter(SchoolLevel.class, "level", level), filter(School.Status.class, "status", status),
                Cursors.decode(cursor), limit);
        return queries.search(search, callers.current()).map(entries -> new SchoolPage(
                entries.stream().map(entry -> SchoolView.of(entry.school(), entry.version())).toList(),
                entries.size() < limit ? null : Cursors.encode(entries.get(entries.size() - 1).school().code())));
    }

    @GET
    @Path("/{schoolCode}")
    @Operation(summary = "Get a school with its current communities", description = "ETag is the school's stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such school", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
                             String schoolCode) {
        Caller caller = callers.current();
        return current(new SchoolCode(schoolCode), caller).flatMap(view -> communities.memberships(schoolCode, caller)
                .map(history -> ok(view.withCommunities(history.stream()
                        .filter(membership -> membership.to() == null).map(MembershipView::of).toList()))));
    }

    @GET
    @Path("/{schoolCode}/memberships")
    @Operation(summary = "Membership history of a school",
            description = "Every stretch of time the school belonged to a community, as core or member; `to` is the "
                    + "first day it no longer did (absent while it does).")
    @APIResponse(responseCode = "200", description = "The membership history, oldest first",
            content = @Content(schema = @Schema(implementation = MembershipView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<List<MembershipView>> memberships(
            @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode) {
        return communities.memberships(schoolCode, callers.current())
                .map(history -> history.stream().map(MembershipView::of).toList());
    }

    @PUT
    @Path("/{schoolCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Change a school's details",
            description = "Writes SchoolDetailsChanged; sending the details the school has changes nothing. "
                    + "With If-Match the change applies only to that version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed or outside-division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "school.not-registered", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "school.closed, or stream-conflict (If-Match is stale)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "effective-date.before-registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> change(
            @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
            @Valid @NotNull SchoolDetailsRequest body, @BeanParam WriteHeaders headers) {
        return write(schoolCode, "PUT details", body, headers, (code, request) -> commands.handle(
                new ChangeSchoolDetails(code, body.details(), SchoolRequests.dateOrToday(body.effectiveDate())), request));
    }

    @POST
    @Path("/{schoolCode}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Close a school", description = "Writes SchoolClosed. A closed school cannot join a community.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed or outside-division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "school.not-registered", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "school.already-closed, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "effective-date.before-registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> close(
            @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
            @Valid @NotNull CloseSchoolRequest body, @BeanParam WriteHeaders headers) {
        return write(schoolCode, "POST closure", body, headers, (code, request) -> commands.handle(
                new CloseSchool(code, SchoolRequests.dateOrToday(body.effectiveDate()), body.reason()), request));
    }

    @POST
    @Path("/{schoolCode}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Reopen a closed school", description = "Writes SchoolReopened.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed or outside-division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "school.not-registered", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "school.not-closed, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "school.reopened-before-closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> reopen(
            @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
            @Valid @NotNull ReopenSchoolRequest body, @BeanParam WriteHeaders headers) {
        return write(schoolCode, "POST reopening", body, headers, (code, request) -> commands.handle(
                new ReopenSchool(code, SchoolRequests.dateOrToday(body.effectiveDate())), request));
    }

    /**
     * A write on one school: its command, built for the school's code, runs with the shared headers and is
     * answered with the school as it left it.
     *
     * @param operation what the write does, the scope of its {@code Idempotency-Key} together with the code
     */
    private Uni<Response> write(String schoolCode, String operation, Object body, WriteHeaders headers,
                                BiFunction<SchoolCode, CommandRequest, Uni<Written<School>>> command) {
        SchoolCode code = new SchoolCode(schoolCode);
        return command.apply(code, requests.of(headers, operation + " of school " + code, body))
                .map(written -> ok(SchoolView.of(written.state(), written.version())));
    }

    private Uni<SchoolView> current(SchoolCode code, Caller caller) {
        return queries.get(code, caller).map(loaded -> loaded
                .map(school -> SchoolView.of(school.state(), school.version()))
                .orElseThrow(() -> new NotFoundException("no school " + code + " is registered")));
    }

    private static <E extends Enum<E>> E filter(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Response ok(SchoolView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}

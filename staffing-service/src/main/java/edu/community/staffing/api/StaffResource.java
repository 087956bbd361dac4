package edu.community.staffing.api;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.staffing.application.StaffCommandHandler;
import edu.community.staffing.application.StaffQueries;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.domain.StaffCommands;
import edu.community.staffing.domain.StaffId;
import edu.community.staffing.projection.PersonalDataRegister;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 教职工 — register teachers and principals, transfer them, change title or backbone level, record leaving. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class StaffResource {

    /** The roles that see personal data; an analyst or an assessor reads the record without it. */
    private static final List<String> OFFICERS = List.of("province-officer", "city-officer", "county-officer",
            "school-officer", "system");

    private final StaffCommandHandler commands;
    private final StaffQueries queries;
    private final PersonalDataRegister personal;
    private final Callers callers;
    private final CommandRequests requests;

    public StaffResource(StaffCommandHandler commands, StaffQueries queries, PersonalDataRegister personal,
                         Callers callers, CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.personal = personal;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Register a teacher or principal",
            description = "Writes StaffRegistered to edu.staffing.events with an opaque staff id; the personal data goes "
                    + "to this service's personal-data register only. Registering the same resident ID number again "
                    + "answers with the person registered (200) and writes nothing.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "200", description = "Registered already, exactly so",
            content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "staff.already-registered (the resident ID number is registered "
            + "otherwise), or stream-conflict", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "staff.resident-id-invalid, staff.resident-id-birth-date-mismatch, "
            + "staff.school-unknown; or idempotency-key-reused", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> register(@Valid @NotNull RegisterStaffRequest body, @BeanParam WriteHeaders headers,
                                  @Context UriInfo uri) {
        CommandRequest request = requests.of(headers, "POST /api/v1/staff", body);
        return commands.register(StaffImports.command(body), StaffImports.details(body), request)
                .flatMap(written -> personal.of(java.util.UUID.fromString(written.state().id())).map(data -> {
                    StaffView view = StaffView.of(written.state(), written.version(), data.orElse(null));
                    // A replay answers as its first attempt did: that appended, so it registered the person.
                    Response.ResponseBuilder answer = written.created() || written.replayed()
                            ? Response.created(uri.getAbsolutePathBuilder().path(view.staffId()).build())
                            : Response.ok();
                    return answer.tag(Versions.etag(written.version())).entity(view).build();
                }));
    }

    @GET
    @Path("/{staffId}")
    @Operation(summary = "Get a member of staff",
            description = "The record and, unless erased, the personal data (for officers and systems; an analyst or "
                    + "assessor reads the record without it). ETag is the person's stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such member of staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("staffId") String staffId) {
        StaffId id = new StaffId(StaffRequests.id(staffId, "staff"));
        Caller caller = callers.current();
        boolean officer = OFFICERS.stream().anyMatch(caller.roles()::contains);
        return queries.get(id, caller).map(found -> found
                .map(person -> ok(StaffView.of(person.staff().state(), person.staff().version(),
                        officer ? person.personal() : null)))
                .orElseThrow(() -> new NotFoundException("no staff " + staffId)));
    }

    @POST
    @Path("/{staffId}/transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Transfer to another school (调动)",
            description = "Writes StaffTransferred. The caller's division must cover the school left and the new one; a "
                    + "school officer transfers only staff of its own school.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "staff.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "staff.left, staff.appointment-on-date-exists, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "staff.transfer-to-same-school, staff.before-appointment, "
            + "staff.school-unknown", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> transfer(@PathParam("staffId") String staffId, @Valid @NotNull TransferRequest body,
                                  @BeanParam WriteHeaders headers) {
        return write(staffId, "POST transfers", body, headers, (id, request) -> commands.handle(
                new StaffCommands.Transfer(id, body.toSchool(), body.role(), body.effectiveDate()), request));
    }

    @PUT
    @Path("/{staffId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Change the post at the same school (岗位变动)",
            description = "Writes StaffRoleChanged, e.g. a teacher appointed principal: the years at the school go on, "
                    + "the terms as principal count from this date. The post already held on that date changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "staff.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "staff.left, staff.appointment-on-date-exists, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "staff.before-appointment",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> role(@PathParam("staffId") String staffId, @Valid @NotNull RoleRequest body,
                              @BeanParam WriteHeaders headers) {
        return write(staffId, "PUT role", body, headers, (id, request) -> commands.handle(
                new StaffCommands.ChangeRole(id, body.role(), body.effectiveDate()), request));
    }

    @PUT
    @Path("/{staffId}/title")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Change the professional title (职称)",
            description = "Writes StaffTitleChanged; the title already held on that date changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "staff.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "staff.left, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "staff.before-appointment",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> title(@PathParam("staffId") String staffId, @Valid @NotNull TitleRequest body,
                               @BeanParam WriteHeaders headers) {
        return write(staffId, "PUT title", body, headers, (id, request) -> commands.handle(
                new StaffCommands.ChangeTitle(id, body.title(), body.effectiveDate()), request));
    }

    @PUT
    @Path("/{staffId}/backbone")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Change the backbone level (骨干)",
            description = "Writes StaffBackboneChanged; the level already held on that date changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "staff.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "staff.left, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "staff.before-appointment",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> backbone(@PathParam("staffId") String staffId, @Valid @NotNull BackboneRequest body,
                                  @BeanParam WriteHeaders headers) {
        return write(staffId, "PUT backbone", body, headers, (id, request) -> commands.handle(
                new StaffCommands.ChangeBackbone(id, body.backbone(), body.effectiveDate()), request));
    }

    @POST
    @Path("/{staffId}/leaving")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Record leaving the service (离职)",
            description = "Writes StaffLeft; leaving again on the same day changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "403", description = "role-not-allowed, outside-division or outside-school",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "staff.not-found", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "staff.left, or stream-conflict",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "staff.before-appointment",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> leave(@PathParam("staffId") String staffId, @Valid @NotNull LeaveRequest body,
                               @BeanParam WriteHeaders headers) {
        return write(staffId, "POST leaving", body, headers, (id, request) -> commands.handle(
                new StaffCommands.Leave(id, body.reason().strip(), body.effectiveDate()), request));
    }

    @DELETE
    @Path("/{staffId}/personal-data")
    @RolesAllowed("province-officer")
    @Operation(summary = "Erase a person's personal data (个人信息删除)",
            description = "Empties the person's row in the personal-data register (个人信息保护法, the right to "
                    + "erasure). The events and every figure stay as they are; reads show the person as erased. "
                    + "Erasing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "role-not-allowed or outside-division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such member of staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> erase(@PathParam("staffId") String staffId) {
        StaffId id = new StaffId(StaffRequests.id(staffId, "staff"));
        return commands.erase(id, callers.current()).map(found -> {
            if (!found) {
                throw new NotFoundException("no staff " + staffId);
            }
            return Response.noContent().build();
        });
    }

    private Uni<Response> write(String staffId, String operation, Object body, WriteHeaders headers,
                                BiFunction<StaffId, CommandRequest, Uni<Written<Staff>>> command) {
        StaffId id = new StaffId(StaffRequests.id(staffId, "staff"));
        return command.apply(id, requests.of(headers, operation + " of staff " + id, body))
                .flatMap(written -> personal.of(id.value()).map(data ->
                        ok(StaffView.of(written.state(), written.version(), data.orElse(null)))));
    }

    private static Response ok(StaffView view) {
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}

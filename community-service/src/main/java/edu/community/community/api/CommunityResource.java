package edu.community.community.api;

import edu.community.community.application.CommunityCommandHandler;
import edu.community.community.application.CommunityQueries;
import edu.community.community.domain.Community;
import edu.community.community.domain.CommunityCommands;
import edu.community.community.domain.CommunityId;
import edu.community.contracts.community.SchoolCodes;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 教共体 — form education communities, change their members, core school, model and agreement, dissolve
 * them, and read them now or as of any date. Every write needs the caller's division to cover every school
 * it touches, so a cross-county collaborative community needs a city or province officer.
 */
@Path("/api/v1/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "role-not-allowed, or outside-division: a school outside the caller's division",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
public class CommunityResource {

    private static final String WRITE_ROLES_DOC = "Roles: province-officer, city-officer, county-officer, system. ";

    private final CommunityCommandHandler commands;
    private final CommunityQueries queries;
    private final Callers callers;
    private final CommandRequests requests;

    public CommunityResource(CommunityCommandHandler commands, CommunityQueries queries, Callers callers,
                             CommandRequests requests) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Form a community", description = WRITE_ROLES_DOC + "Writes CommunityFormed. Shape rules per "
            + "model: integrated = an urban core and one or two township or rural members in one county under one legal "
            + "entity; co-construction = one county; collaborative = any. A school belongs to at most one integrated or "
            + "co-construction community at a time; a closed school cannot join.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "community.already-formed, school.in-another-community",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "integrated.core-not-urban, integrated.at-most-two-members, "
            + "integrated.member-not-rural, integrated.one-county, integrated.one-legal-entity, co-construction.one-county, "
            + "school.not-registered, school.closed, community.no-member, community.duplicate-member, "
            + "community.core-is-member, group.type-mismatch, agreement.term-invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> form(@Valid @NotNull CommunityRequests.Form body, @BeanParam WriteHeaders headers,
                              @Context UriInfo uri) {
        Caller caller = callers.current();
        CommunityId id = new CommunityId(body.communityId() == null ? UUID.randomUUID() : body.communityId());
        var command = new CommunityCommands.Form(id, body.name().strip(), body.model(), body.groupType(),
                body.coreSchool(), body.members(), body.agreement().toAgreement(),
                SchoolRequests.dateOrToday(body.effectiveDate()));
        return commands.handle(command, requests.of(caller, headers, "POST /api/v1/communities", body))
                .map(written -> CommunityView.of(written.state(), null, written.version()))
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.communityId()).build())
                        .tag(Versions.etag(view.version())).entity(view).build());
    }

    @GET
    @Operation(summary = "Communities in a division",
            description = "Every community with a school in the division at any time; status ACTIVE or DISSOLVED filters.")
    @APIResponse(responseCode = "200", description = "The communities, oldest first",
            content = @Content(schema = @Schema(implementation = CommunityListing.class, type = SchemaType.ARRAY)))
    public Uni<List<CommunityListing>> inDivision(
            @QueryParam("division") @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
            String division,
            @QueryParam("status") String status) {
        return queries.inDivision(new Division(division), Optional.ofNullable(status).map(CommunityResource::status),
                callers.current()).map(listed -> listed.stream().map(CommunityListing::of).toList());
    }

    @GET
    @Path("/{communityId}")
    @Operation(summary = "A community, now or as of a date",
            description = "With ?asOf=YYYY-MM-DD only changes effective by that date count, including backdated ones "
                    + "recorded later. ETag is the stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "404", description = "No such community (or not formed yet on asOf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("communityId") String communityId,
                             @Parameter(description = "ISO date") @QueryParam("asOf") String asOf) {
        Optional<LocalDate> date = Optional.ofNullable(asOf).map(CommunityResource::date);
        return queries.get(id(communityId), date, callers.current()).map(found -> found
                .map(f -> Response.ok(CommunityView.of(f.community(), date.orElse(null), f.version()))
                        .tag(Versions.etag(f.version())).build())
                .orElseThrow(() -> new NotFoundException("no community " + communityId
                        + date.map(d -> " on " + d).orElse(""))));
    }

    @POST
    @Path("/{communityId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Add a member school", description = WRITE_ROLES_DOC + "Writes MemberJoined.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "community.already-member, community.dissolved, "
            + "school.in-another-community, stream-conflict", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "shape rules as for forming, school.closed, "
            + "effective-date.before-formation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> addMember(@PathParam("communityId") String communityId,
                                   @Valid @NotNull CommunityRequests.AddMember body, @BeanParam WriteHeaders headers) {
        return write(communityId, "POST members", body, headers, (id, request) -> commands.handle(
                new CommunityCommands.AddMember(id, body.schoolCode(), SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    @POST
    @Path("/{communityId}/members/{schoolCode}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "A member school leaves", description = WRITE_ROLES_DOC + "Writes MemberLeft.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "404", description = "community.not-a-member", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "community.last-member (dissolve instead), community.dissolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> removeMember(@PathParam("communityId") String communityId,
                                      @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN,
                                              message = SchoolCodes.MESSAGE) String schoolCode,
                                      @Valid @NotNull CommunityRequests.Effective body, @BeanParam WriteHeaders headers) {
        return write(communityId, "POST departure of " + schoolCode, body, headers, (id, request) -> commands.handle(
                new CommunityCommands.RemoveMember(id, schoolCode, SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    @PUT
    @Path("/{communityId}/core")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Change the core school", description = WRITE_ROLES_DOC + "Writes CoreSchoolChanged; the "
            + "previous core leaves, and a member that becomes core is no longer a member.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "community.already-core, school.in-another-community",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "shape rules as for forming", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> changeCore(@PathParam("communityId") String communityId,
                                    @Valid @NotNull CommunityRequests.ChangeCore body, @BeanParam WriteHeaders headers) {
        return write(communityId, "PUT core", body, headers, (id, request) -> commands.handle(
                new CommunityCommands.ChangeCore(id, body.coreSchool(), SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    @PUT
    @Path("/{communityId}/model")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Change the model", description = WRITE_ROLES_DOC + "Writes CommunityModelChanged, e.g. "
            + "co-construction becomes integrated when members merged into one legal entity; the new model's shape "
            + "rules must hold.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "community.same-model, school.in-another-community",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "shape rules of the new model, group.type-mismatch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> changeModel(@PathParam("communityId") String communityId,
                                     @Valid @NotNull CommunityRequests.ChangeModel body, @BeanParam WriteHeaders headers) {
        return write(communityId, "PUT model", body, headers, (id, request) -> commands.handle(
                new CommunityCommands.ChangeModel(id, body.model(), SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    @POST
    @Path("/{communityId}/agreement/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Renew the agreement", description = WRITE_ROLES_DOC + "Writes AgreementRenewed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "422", description = "agreement.renewal-not-later", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> renew(@PathParam("communityId") String communityId,
                               @Valid @NotNull CommunityRequests.Renew body, @BeanParam WriteHeaders headers) {
        return write(communityId, "POST agreement renewal", body, headers, (id, request) -> commands.handle(
                new CommunityCommands.RenewAgreement(id, body.termEnd(), SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    @PUT
    @Path("/{communityId}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Amend the agreement's goals and content",
            description = WRITE_ROLES_DOC + "Writes AgreementAmended; the same text again changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    public Uni<Response> amend(@PathParam("communityId") String communityId,
                               @Valid @NotNull CommunityRequests.Amend body, @BeanParam WriteHeaders headers) {
        return write(communityId, "PUT agreement", body, headers, (id, request) -> commands.handle(
                new CommunityCommands.AmendAgreement(id, body.goals().strip(), body.content().strip(),
                        SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    @POST
    @Path("/{communityId}/dissolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Dissolve the community", description = WRITE_ROLES_DOC + "Writes CommunityDissolved; its "
            + "schools are free to join other communities.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "community.dissolved", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> dissolve(@PathParam("communityId") String communityId,
                                  @Valid @NotNull CommunityRequests.Dissolve body, @BeanParam WriteHeaders headers) {
        return write(communityId, "POST dissolution", body, headers, (id, request) -> commands.handle(
                new CommunityCommands.Dissolve(id, body.reason(), SchoolRequests.dateOrToday(body.effectiveDate())),
                request));
    }

    /**
     * A write on one community: its command, built for the community's id, runs with the shared headers and is
     * answered with the community as it left it.
     *
     * @param operation what the write does, the scope of its {@code Idempotency-Key} together with the id
     */
    private Uni<Response> write(String communityId, String operation, Object body, WriteHeaders headers,
                                BiFunction<CommunityId, CommandRequest, Uni<Written<Community>>> command) {
        CommunityId id = id(communityId);
        return command.apply(id, requests.of(headers, operation + " of community " + id, body))
                .map(written -> CommunityView.of(written.state(), null, written.version()))
                .map(view -> Response.ok(view).tag(Versions.etag(view.version())).build());
    }

    private static CommunityId id(String text) {
        try {
            return CommunityId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no community " + text);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new BadRequestException("asOf must be an ISO date such as 2026-09-01");
        }
    }

    private static Community.Status status(String text) {
        try {
            return Community.Status.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be ACTIVE or DISSOLVED");
        }
    }
}

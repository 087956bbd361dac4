package edu.community.community.api;

import edu.community.community.application.SchoolCommands;
import edu.community.community.application.SchoolQueries;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.SchoolCode;
import edu.community.eventsourcing.api.IdempotencyKeys;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 学校 — register and read schools. */
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
public class SchoolResource {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SchoolCommands commands;
    private final SchoolQueries queries;
    private final Callers callers;
    private final IdempotencyKeys idempotencyKeys;
    private final SecurityIdentity identity;

    public SchoolResource(SchoolCommands commands, SchoolQueries queries, Callers callers,
                          IdempotencyKeys idempotencyKeys, SecurityIdentity identity) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.idempotencyKeys = idempotencyKeys;
        this.identity = identity;
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
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or county outside the caller's division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "school.already-registered, or a concurrent write",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "division.unknown, or Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> register(
            @Valid @NotNull RegisterSchoolRequest request,
            @Parameter(description = "Makes a retried request return the first answer")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @HeaderParam(CORRELATION_HEADER) String correlationId,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        Caller caller = callers.of(identity);
        RegisterSchool command = new RegisterSchool(new SchoolCode(request.schoolCode()), request.name().strip(),
                request.countyCode(), request.classification(), request.level(), request.enrolment(),
                request.effectiveDate() == null ? LocalDate.now(CHINA) : request.effectiveDate());
        return commands.handle(command, caller,
                        idempotencyKeys.of(idempotencyKey, caller, "POST /api/v1/schools", request),
                        correlationId == null ? UUID.randomUUID().toString() : correlationId)
                .flatMap(appended -> queries.get(command.code(), caller))
                .map(loaded -> {
                    var school = loaded.orElseThrow();
                    return Response.created(uri.getAbsolutePathBuilder().path(school.state().code()).build())
                            .tag(Versions.etag(school.version()))
                            .entity(SchoolView.of(school.state(), school.version()))
                            .build();
                });
    }

    @GET
    @Path("/{schoolCode}")
    @Operation(summary = "Get a school", description = "ETag is the school's stream version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's division",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such school", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> get(@PathParam("schoolCode") @Pattern(regexp = "\\d{10}",
            message = "must be the 10-digit national school identification code") String schoolCode) {
        Caller caller = callers.of(identity);
        return queries.get(new SchoolCode(schoolCode), caller).map(loaded -> {
            var school = loaded.orElseThrow(() -> new NotFoundException("no school " + schoolCode));
            return Response.ok(SchoolView.of(school.state(), school.version()))
                    .tag(Versions.etag(school.version()))
                    .build();
        });
    }
}

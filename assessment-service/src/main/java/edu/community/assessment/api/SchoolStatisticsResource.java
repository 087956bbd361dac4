package edu.community.assessment.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.assessment.application.SchoolStatisticsCommands;
import edu.community.assessment.domain.SchoolYear;
import edu.community.assessment.projection.StatisticsRegister;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.api.WriteHeaders;
import edu.community.eventsourcing.domain.RuleViolation;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 学校年度统计 — a school's annual statistics per school year and stage, submitted by school or county officers. */
@Path("/api/v1/school-statistics/{schoolCode}/{schoolYear}/{stage}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balance indicators")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class SchoolStatisticsResource {

    static final String WRITERS_DESCRIPTION = "school-officer, county-officer, city-officer, province-officer or system";

    private final SchoolStatisticsCommands commands;
    private final StatisticsRegister register;
    private final Callers callers;
    private final CommandRequests requests;

    public SchoolStatisticsResource(SchoolStatisticsCommands commands, StatisticsRegister register, Callers callers,
                                    CommandRequests requests) {
        this.commands = commands;
        this.register = register;
        this.callers = callers;
        this.requests = requests;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"school-officer", "county-officer", "city-officer", "province-officer", "system"})
    @Operation(summary = "Submit or correct a school's statistics for a school year and stage",
            description = "201 the first time, 200 when it corrects or repeats the figures in force (a repeat "
                    + "writes nothing). 422 names the field: statistics.negative, statistics.no-students, "
                    + "statistics.inconsistent (a group of teachers above all teachers), statistics.implausible "
                    + "(a per-student value outside its bounds), statistics.stage-not-taught, "
                    + "statistics.unknown-school, statistics.date-outside-school-year.")
    @APIResponse(responseCode = "201", description = "submitted")
    @APIResponse(responseCode = "200", description = "corrected, or the same figures again")
    @APIResponse(responseCode = "403", description = "outside-division, or outside-school: a school officer writes "
            + "another school's statistics or has no school claim", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "stream-conflict (If-Match)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "a rule named in the description", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> submit(
            @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
            @PathParam("schoolYear") @Min(SchoolYear.EARLIEST) @Max(SchoolYear.LATEST) int schoolYear,
            @PathParam("stage") @NotNull SchoolStage stage,
            @BeanParam WriteHeaders headers,
            @Valid @NotNull StatisticsRequest body) {
        requireSameAsPath(body, schoolCode, schoolYear, stage);
        var caller = callers.current();
        return commands.submit(body.statistics(schoolCode, schoolYear, stage), body.effectiveDateIn(schoolYear),
                        requests.of(caller, headers, "submit-statistics:" + schoolCode + "/" + schoolYear + "/" + stage, body))
                .map(written -> (written.created() ? Response.status(Response.Status.CREATED)
                        : Response.ok()).tag(Versions.etag(written.version())).build());
    }

    @GET
    @Operation(summary = "The statistics in force for a school, school year and stage")
    @APIResponse(responseCode = "200", description = "The statistics in force; ETag is their version",
            content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    @APIResponse(responseCode = "404", description = "statistics.not-submitted", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> read(@PathParam("schoolCode") String schoolCode, @PathParam("schoolYear") int schoolYear,
                              @PathParam("stage") SchoolStage stage) {
        var caller = callers.current();
        return register.find(schoolCode, schoolYear, stage).map(found -> {
            var registered = found.orElseThrow(() -> RuleViolation.notFound("statistics.not-submitted",
                    "no statistics of " + schoolCode + " for " + schoolYear + " " + stage,
                    Map.of("schoolCode", schoolCode)));
            caller.requireReadAccess(new Division(registered.countyCode()));
            return Response.ok(StatisticsView.of(registered)).tag(Versions.etag(registered.version())).build();
        });
    }

    private static void requireSameAsPath(StatisticsRequest body, String schoolCode, int schoolYear, SchoolStage stage) {
        if ((body.schoolCode() != null && !body.schoolCode().equals(schoolCode))
                || (body.schoolYear() != null && body.schoolYear() != schoolYear)
                || (body.stage() != null && body.stage() != stage)) {
            throw new jakarta.ws.rs.BadRequestException("schoolCode, schoolYear and stage in the body, when given, "
                    + "must be those of the path");
        }
    }
}

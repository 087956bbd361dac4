package edu.community.staffing.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.staffing.careers.RotationRatio;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import edu.community.staffing.application.FigureQueries;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 轮岗与乡村任教 — rotation eligibility (rule 4) and the rural-service ledger (rule 6) of a person, the eligibility
 * of a school's staff, and the annual rotation ratio of a county (rule 5), each as of a date. Under
 * {@code /api/v1/staff}, the prefix the gateway routes to this service ({@code /api/v1/figures} is exchange-service's).
 */
@Path("/api/v1/staff/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class StaffFigureResource {

    private final FigureQueries queries;
    private final Callers callers;

    public StaffFigureResource(FigureQueries queries, Callers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Path("/people/{staffId}")
    @Operation(summary = "Rotation eligibility and rural-service ledger of a person",
            description = "Eligibility names its rule (rotation.teacher-years or rotation.principal-terms) and the dates "
                    + "it counted; the ledger lists the stretches served with their rural days and answers the "
                    + "senior-title requirement with its rule.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = FigureQueries.PersonFigures.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such member of staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<FigureQueries.PersonFigures> person(
            @PathParam("staffId") @Pattern(regexp = StaffRequests.UUID_PATTERN, message = "must be a UUID")
            String staffId,
            @Valid @BeanParam AsOfQuery query) {
        return queries.person(StaffRequests.id(staffId, "staff"), query.asOf(), callers.current())
                .map(found -> found.orElseThrow(() -> new NotFoundException("no staff " + staffId)));
    }

    @GET
    @Path("/schools/{schoolCode}")
    @Operation(summary = "Rotation eligibility of a school's staff",
            description = "Everyone appointed at the school on asOf, with the answer of rule 4.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = FigureQueries.SchoolFigures.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such school", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<FigureQueries.SchoolFigures> school(
            @PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
            String schoolCode,
            @Valid @BeanParam AsOfQuery query) {
        return queries.school(schoolCode, query.asOf(), callers.current())
                .map(found -> found.orElseThrow(() -> new NotFoundException("no school " + schoolCode)));
    }

    @GET
    @Path("/counties/{countyCode}")
    @Operation(summary = "Annual rotation ratio of a county",
            description = "For the school year of asOf and the county's urban schools: eligible on 1 September, rotated "
                    + "(rotation or support teaching started in the year, up to asOf), backbone rotated, the two ratios "
                    + "and whether 10 % and 20 % are met.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RotationRatio.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RotationRatio> county(
            @PathParam("countyCode") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
            String countyCode,
            @Valid @BeanParam AsOfQuery query) {
        return queries.county(countyCode, query.asOf(), callers.current());
    }
}

package edu.community.assessment.api;

import edu.community.assessment.application.ProvincialReports;
import edu.community.assessment.application.ReportViews.CommunityReport;
import edu.community.assessment.application.ReportViews.DivisionReport;
import edu.community.assessment.application.ReportViews.Evidence;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 全省报表 — the provincial report: province → city → county → community, for any date, in JSON or CSV. */
@Path("/api/v1/reports/provincial")
@Tag(name = "Provincial report")
@SecurityRequirement(name = "bearer")
public class ProvincialReportResource {

    private static final String SCHOOL_YEAR = "School year, 2024 or 2024-2025 (1 September to 31 August); "
            + "defaults to the year of asOf, or the current one";
    private static final String AS_OF = "ISO date the figures are the state on; defaults to today within the "
            + "current year, else the last day of a past year";

    private final ProvincialReports reports;
    private final Callers callers;

    public ProvincialReportResource(ProvincialReports reports, Callers callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @GET
    @Path("/divisions/{division}")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @Operation(summary = "The report of a province, city or county",
            description = "Schools by classification and level; member schools covered by model, each school once; "
                    + "rural and public schools covered; communities by model and share; cross-region pairings "
                    + "into mountainous and island counties (status on each event's date); quota progress; and one "
                    + "line per city, county or community below. Ask for text/csv to get one row per figure.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "400", description = "malformed division, schoolYear or asOf", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "report.as-of-outside-school-year", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<DivisionReport> division(
            @Parameter(description = "GB/T 2260 code: 330000, 330100 or 330106") @PathParam("division") String division,
            @Parameter(description = SCHOOL_YEAR) @QueryParam("schoolYear") String schoolYear,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        return reports.report(ReportParameters.division(division), ReportParameters.period(schoolYear, asOf),
                callers.current());
    }

    @GET
    @Path("/communities/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A community on a date",
            description = "Its model and core school on the date, its member schools with the date each joined, "
                    + "whether each pairing crosses a county line and the support status of the member's county "
                    + "on that date, and the community's figures.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", description = "community.not-active-on-date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<CommunityReport> community(@PathParam("id") String id,
                                          @Parameter(description = SCHOOL_YEAR) @QueryParam("schoolYear") String schoolYear,
                                          @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("a community id is a UUID: " + id);
        }
        return reports.community(id, ReportParameters.period(schoolYear, asOf), callers.current());
    }

    @GET
    @Path("/evidence")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The events behind one figure",
            description = "Every school, community or pairing a figure counts, each with the events it rests on "
                    + "(id, type, stream, version, effective date, time recorded). unit is a division code or "
                    + "community/<id>; figure is a key of the report's figures, or quota.achieved for the new "
                    + "members counted toward the division's quota.")
    @APIResponse(responseCode = "200")
    public Uni<Evidence> evidence(@QueryParam("unit") @NotBlank String unit,
                                  @QueryParam("figure") @NotBlank String figure,
                                  @Parameter(description = SCHOOL_YEAR) @QueryParam("schoolYear") String schoolYear,
                                  @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        if (!unit.startsWith("community/")) {
            ReportParameters.division(unit);
        }
        return reports.evidence(unit, figure, ReportParameters.period(schoolYear, asOf), callers.current());
    }
}

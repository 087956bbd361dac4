package edu.community.assessment.api;

import edu.community.assessment.application.BalanceQueries;
import edu.community.assessment.domain.CountyBalance;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 县域义务教育均衡 — a county's inter-school difference coefficients and balance verdicts. */
@Path("/api/v1/balance/counties/{county}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balance indicators")
@SecurityRequirement(name = "bearer")
public class BalanceResource {

    private final BalanceQueries queries;
    private final Callers callers;

    public BalanceResource(BalanceQueries queries, Callers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "A county's balance for a school year and stage",
            description = "校际差异系数 of every indicator (student-weighted; special-education, vocational and "
                    + "teaching points under 50 students left out and listed), the quality-balance verdict of the "
                    + "2017 standard (each of 7 CVs within 0.50 primary / 0.45 junior, and every school meeting 6 of "
                    + "7 thresholds with the other at 85% or more; failing indicators and schools listed) and the "
                    + "basic-balance composite of the 2012 standard (mean of 8 CVs within 0.65 / 0.55).")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "400", description = "malformed county, schoolYear or stage", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<CountyBalance> county(
            @Parameter(description = "6-digit GB/T 2260 county code") @PathParam("county") String county,
            @Parameter(description = "The year the school year starts, e.g. 2024") @QueryParam("schoolYear") @NotNull Integer schoolYear,
            @Parameter(description = "PRIMARY or JUNIOR") @QueryParam("stage") @NotNull SchoolStage stage) {
        return queries.county(ReportParameters.division(county), schoolYear, stage, callers.current());
    }
}

package edu.community.assessment.api;

import edu.community.assessment.api.AssessmentViews.SchoolResultView;
import edu.community.assessment.application.AssessmentQueries;
import edu.community.contracts.community.SchoolCodes;
import edu.community.eventsourcing.security.Callers;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 捆绑考核 — a school's own results: with which community it was assessed in each published round. */
@Path("/api/v1/assessment/schools/{schoolCode}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community assessment")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class SchoolAssessmentResource {

    private final AssessmentQueries queries;
    private final Callers callers;

    public SchoolAssessmentResource(AssessmentQueries queries, Callers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "A school's assessment results",
            description = "Per published round (its latest version) the community the school was assessed with, as its "
                    + "CORE school or a MEMBER, and that community's total, rank and reward; rounds of divisions the "
                    + "caller may read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchoolResultView.class,
            type = SchemaType.ARRAY)))
    public Uni<List<SchoolResultView>> results(@PathParam("schoolCode") @Pattern(regexp = SchoolCodes.PATTERN,
            message = SchoolCodes.MESSAGE) String schoolCode) {
        return queries.ofSchool(schoolCode, callers.current())
                .map(results -> results.stream().map(SchoolResultView::of).toList());
    }
}

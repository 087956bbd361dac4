package edu.community.community.api;

import edu.community.community.application.CommunityQueries;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 覆盖率 — coverage of a division by education communities on a date. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities")
@SecurityRequirement(name = "bearer")
public class CoverageResource {

    private final CommunityQueries queries;
    private final Callers callers;

    public CoverageResource(CommunityQueries queries, Callers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Coverage of a division on a date",
            description = "覆盖率: member schools by model, each school once (docs/domain.md rule 9); integrated and "
                    + "co-construction apart from collaborative; rural member schools; public compulsory schools "
                    + "(公办; primary, junior, nine-year; not special-education or vocational) and how many an "
                    + "integrated or co-construction community covers.")
    @APIResponse(responseCode = "200", description = "Coverage on the date",
            content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "division or date malformed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<CoverageView> coverage(
            @QueryParam("division") @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
            String division,
            @QueryParam("date") @NotNull String date) {
        LocalDate on;
        try {
            on = LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw new BadRequestException("date must be an ISO date such as 2026-09-01");
        }
        return queries.coverage(new Division(division), on, callers.current()).map(CoverageView::of);
    }
}

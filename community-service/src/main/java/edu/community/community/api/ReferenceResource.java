package edu.community.community.api;

import edu.community.reference.SupportCounties;
import edu.community.eventsourcing.api.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data the rules use: the dated list of supported mountainous and island counties. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@SecurityRequirement(name = "bearer")
public class ReferenceResource {

    private final SupportCounties supportCounties;

    public ReferenceResource(SupportCounties supportCounties) {
        this.supportCounties = supportCounties;
    }

    @GET
    @Path("/support-counties")
    @Operation(summary = "Supported mountainous and island counties on a date",
            description = "山区海岛县: the counties listed on the given date; validTo is the first day a listing no longer holds.")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "400", description = "date missing or not an ISO date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<SupportCounties.Listing> supportCounties(
            @Parameter(description = "ISO date, e.g. 2024-09-01", required = true) @QueryParam("date") String date) {
        if (date == null) {
            throw new jakarta.ws.rs.BadRequestException("date is required: the status is always asked for a date");
        }
        try {
            return supportCounties.inForceOn(LocalDate.parse(date));
        } catch (java.time.DateTimeException e) {
            throw new jakarta.ws.rs.BadRequestException("date must be an ISO date such as 2024-09-01");
        }
    }
}

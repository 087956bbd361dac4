package edu.community.exchange.api;

import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import edu.community.exchange.application.FigureQueries;
import edu.community.exchange.application.SyncFigureQueries;
import edu.community.exchange.application.SyncFigures;
import edu.community.exchange.application.TermFigures;
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

/** 学期统计 — activity and synchronous-classroom figures per community and per county for a term, as of a date. */
@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class FigureResource {

    private final FigureQueries queries;
    private final SyncFigureQueries sync;
    private final Callers callers;

    public FigureResource(FigureQueries queries, SyncFigureQueries sync, Callers callers) {
        this.queries = queries;
        this.sync = sync;
        this.callers = callers;
    }

    @GET
    @Path("/communities/{communityId}")
    @Operation(summary = "Term figures of a community",
            description = "Activities held and cancelled with their date in the term and on or before asOf, minutes, "
                    + "students, and students of rural and township schools.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TermFigures.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such community", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<TermFigures> community(
            @PathParam("communityId") @Pattern(regexp = ActivityRequests.UUID, message = "must be a UUID") String communityId,
            @Valid @BeanParam TermQuery query) {
        return queries.ofCommunity(communityId, query.term(), query.asOf(), callers.current())
                .map(found -> found.orElseThrow(() -> new NotFoundException("no community " + communityId)));
    }

    @GET
    @Path("/counties/{countyCode}")
    @Operation(summary = "Term figures of a county",
            description = "Activities in which a school of the county took part (held) or that a school of the county "
                    + "hosted (cancelled), with their date in the term and on or before asOf; minutes of those held; "
                    + "students of the county's schools, and of its rural and township schools.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TermFigures.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<TermFigures> county(
            @PathParam("countyCode") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
            String countyCode,
            @Valid @BeanParam TermQuery query) {
        return queries.ofCounty(countyCode, query.term(), query.asOf(), callers.current());
    }

    @GET
    @Path("/communities/{communityId}/sync-classroom")
    @Operation(summary = "Synchronous-classroom term figures of a community",
            description = "Lessons delivered, minutes delivered to classrooms of rural and township schools, attendance "
                    + "per receiving school and classroom lessons missed per reason, for lessons in the term on or "
                    + "before asOf.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncFigures.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such community", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SyncFigures> communitySync(
            @PathParam("communityId") @Pattern(regexp = ActivityRequests.UUID, message = "must be a UUID") String communityId,
            @Valid @BeanParam TermQuery query) {
        return sync.ofCommunity(communityId, query.term(), query.asOf(), callers.current())
                .map(found -> found.orElseThrow(() -> new NotFoundException("no community " + communityId)));
    }

    @GET
    @Path("/counties/{countyCode}/sync-classroom")
    @Operation(summary = "Synchronous-classroom term figures of a county",
            description = "The same figures over the receiving classrooms of the county's schools.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncFigures.class)))
    @APIResponse(responseCode = "403", description = "outside-division", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SyncFigures> countySync(
            @PathParam("countyCode") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
            String countyCode,
            @Valid @BeanParam TermQuery query) {
        return sync.ofCounty(countyCode, query.term(), query.asOf(), callers.current());
    }
}

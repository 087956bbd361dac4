package edu.community.eventsourcing.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.api.ChangeFeed;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 变更订阅 — the change feed of a service, which other systems follow to stay in sync; every service has it. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed",
        description = "变更订阅 — every change in commit order by natural key, for systems that sync incrementally")
@SecurityRequirement(name = "bearer")
public class ChangeFeedResource {

    private final ChangeFeed feed;
    private final Callers callers;
    private final ObjectMapper json;

    public ChangeFeedResource(ChangeFeed feed, Callers callers, ObjectMapper json) {
        this.feed = feed;
        this.callers = callers;
        this.json = json;
    }

    @GET
    @Operation(summary = "What changed after a cursor",
            description = "Every change in commit order, with the natural key of the record it concerns, including "
                    + "closures. Start without ?after=, then pass nextCursor. Changes outside the caller's division, and "
                    + "changes recorded without a division, are left out unless the caller reads province-wide; a page may then hold fewer than limit changes "
                    + "while more follow.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "A cursor this API did not return",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<ChangePage> changes(@QueryParam("after") String after,
                                   @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        Caller caller = callers.current();
        return feed.after(after, limit).map(page -> new ChangePage(
                page.events().stream()
                        .filter(event -> caller.mayRead(regionOf(event, caller)))
                        .map(this::toChange)
                        .toList(),
                page.nextCursor()));
    }

    /** An event no division was recorded for is the province's: only a province-wide reader sees it. */
    private static Division regionOf(StoredEvent event, Caller caller) {
        String region = event.metadata().region();
        return region == null ? caller.division().province() : new Division(region);
    }

    private Change toChange(StoredEvent event) {
        try {
            return new Change(event.stream().kind(), event.stream().key(), event.type(), event.streamVersion(),
                    event.eventId(), event.recordedAt(), json.readTree(event.payload()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

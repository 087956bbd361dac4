package edu.community.eventsourcing.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "ChangePage")
public record ChangePage(
        List<Change> changes,
        @Schema(description = "Pass as ?after= for the next page; when no change is new it is the cursor sent, "
                + "so a system keeps polling with it") String nextCursor) {
}

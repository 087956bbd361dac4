package edu.community.eventsourcing.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in the feed: which record (by natural key), what happened, and the event's data. */
@Schema(name = "Change")
public record Change(
        @Schema(description = "Kind of record, e.g. school, community, school-statistics") String kind,
        @Schema(description = "Natural key within the kind, e.g. the school code") String key,
        @Schema(description = "CloudEvents type, e.g. edu.community.SchoolClosed.v1; closures and removals are changes too")
        String type,
        @Schema(description = "The record's version after this change") int version,
        UUID eventId,
        OffsetDateTime recordedAt,
        @Schema(description = "The event data, as on the service's topic") JsonNode data) {
}

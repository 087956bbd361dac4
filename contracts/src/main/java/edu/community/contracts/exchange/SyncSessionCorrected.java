package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 同步课堂记录更正 — the record of a lesson was corrected; it replaces the earlier record of that date. */
@EventContract(topic = Topics.EXCHANGE, name = "SyncSessionCorrected", version = 1,
        description = "The record of a synchronous lesson was corrected; it replaces the earlier record of that date as a whole.")
public record SyncSessionCorrected(
        @JsonPropertyDescription("Id of the series (UUID); the stream id is sync-series-<seriesId>")
        String seriesId,
        @JsonPropertyDescription("Every receiving classroom of the series, once")
        List<ClassroomSession> classrooms,
        @JsonPropertyDescription("Why the record was corrected")
        @Optional
        String reason,
        @JsonPropertyDescription("The date of the lesson")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 同步课堂记录 — one lesson of a series, held or missed per receiving classroom; may be recorded late. */
@EventContract(topic = Topics.EXCHANGE, name = "SyncSessionRecorded", version = 1,
        description = "A lesson of a synchronous-classroom series was recorded: per receiving classroom held or missed, attendance and connection problems.")
public record SyncSessionRecorded(
        @JsonPropertyDescription("Id of the series (UUID); the stream id is sync-series-<seriesId>")
        String seriesId,
        @JsonPropertyDescription("Every receiving classroom of the series, once")
        List<ClassroomSession> classrooms,
        @JsonPropertyDescription("The date of the lesson")
        LocalDate effectiveDate) implements EffectiveDated {
}

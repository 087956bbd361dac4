package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 活动记录更正 — the record of a held activity was corrected; it replaces the earlier record as a whole. */
@EventContract(topic = Topics.EXCHANGE, name = "ActivityRecordCorrected", version = 1,
        description = "The record of a held activity was corrected: date, duration and participants as they really were.")
public record ActivityRecordCorrected(
        @JsonPropertyDescription("Id of the activity (UUID); the stream id is activity-<activityId>")
        String activityId,
        @JsonPropertyDescription("How long it lasted, in minutes")
        int durationMinutes,
        @JsonPropertyDescription("Actual participants per school and grade (实际参与人数)")
        List<ParticipantCount> participants,
        @JsonPropertyDescription("Why the record was corrected")
        @Optional
        String reason,
        @JsonPropertyDescription("The date the activity was held")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 活动延期 — a planned activity was moved to a later date. */
@EventContract(topic = Topics.EXCHANGE, name = "ActivityPostponed", version = 1,
        description = "A planned activity was postponed to a later date.")
public record ActivityPostponed(
        @JsonPropertyDescription("Id of the activity (UUID); the stream id is activity-<activityId>")
        String activityId,
        @JsonPropertyDescription("The date it was planned for before")
        LocalDate previousDate,
        @JsonPropertyDescription("Why it was postponed")
        @Optional
        String reason,
        @JsonPropertyDescription("The new date of the activity")
        LocalDate effectiveDate) implements EffectiveDated {
}

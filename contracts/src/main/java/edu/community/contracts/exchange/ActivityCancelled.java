package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 活动取消 — a planned activity was cancelled; it can no longer be held. */
@EventContract(topic = Topics.EXCHANGE, name = "ActivityCancelled", version = 1,
        description = "A planned activity was cancelled, with the reason.")
public record ActivityCancelled(
        @JsonPropertyDescription("Id of the activity (UUID); the stream id is activity-<activityId>")
        String activityId,
        @JsonPropertyDescription("Why it was cancelled")
        String reason,
        @JsonPropertyDescription("The date it was planned for")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 活动开展 — an activity took place; may be recorded after the day (backdated). */
@EventContract(topic = Topics.EXCHANGE, name = "ActivityHeld", version = 1,
        description = "An activity was held on the effective date, with its duration and actual participants per school and grade.")
public record ActivityHeld(
        @JsonPropertyDescription("Id of the activity (UUID); the stream id is activity-<activityId>")
        String activityId,
        @JsonPropertyDescription("How long it lasted, in minutes")
        int durationMinutes,
        @JsonPropertyDescription("Actual participants per school and grade (实际参与人数)")
        List<ParticipantCount> participants,
        @JsonPropertyDescription("The date the activity was held")
        LocalDate effectiveDate) implements EffectiveDated {
}

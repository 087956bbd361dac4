package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 师徒结对结束 — a mentor–apprentice pair ended. */
@EventContract(topic = Topics.STAFFING, name = "MentorshipEnded", version = 1,
        description = "A mentor–apprentice pair ended.")
public record MentorshipEnded(
        @JsonPropertyDescription("Id of the pair (UUID)")
        String mentorshipId,
        @JsonPropertyDescription("Why")
        String reason,
        @JsonPropertyDescription("The last day of the pairing")
        LocalDate effectiveDate) implements EffectiveDated {
}

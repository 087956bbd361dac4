package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 学校恢复 — a closed school opened again. */
@EventContract(topic = Topics.COMMUNITY, name = "SchoolReopened", version = 1,
        description = "A closed school reopened as of the effective date.")
public record SchoolReopened(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码)")
        String schoolCode,
        @JsonPropertyDescription("The date from which the school is open again")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 学校撤销 — a school closed (merged, abolished or suspended); it can no longer join a community. */
@EventContract(topic = Topics.COMMUNITY, name = "SchoolClosed", version = 1,
        description = "A school closed as of the effective date.")
public record SchoolClosed(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码)")
        String schoolCode,
        @JsonPropertyDescription("The date from which the school is closed")
        LocalDate effectiveDate,
        @JsonPropertyDescription("Why it closed, in the words of the bureau")
        @Optional
        String reason) implements EffectiveDated {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 评估轮次 — a round of community assessment was opened. Stream {@code assessment-round-<roundId>}. */
@EventContract(topic = Topics.ASSESSMENT, name = "AssessmentRoundOpened", version = 1,
        description = "An officer opened a round of community assessment (教共体评估) under a scheme, within the officer's division, with its cut-off date, rewards and the communities it assesses.")
public record AssessmentRoundOpened(
        @JsonPropertyDescription("Id of the round (UUID)")
        String roundId,
        @JsonPropertyDescription("Id of the scheme")
        String schemeId,
        @JsonPropertyDescription("6-digit GB/T 2260 code of the division the round ranks")
        String division,
        @JsonPropertyDescription("The year the school year starts")
        int schoolYear,
        @JsonPropertyDescription("The date the measured indicators are read from the report as of")
        LocalDate cutOffDate,
        @JsonPropertyDescription("The scheme's indicators, copied so that the round stands on its own")
        List<SchemeIndicator> indicators,
        @JsonPropertyDescription("Stepped rewards in yuan by rank in the round's division (the scheme's unless the round set its own)")
        List<Long> rewards,
        @JsonPropertyDescription("The communities assessed, by id")
        List<AssessedCommunity> communities) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 评估结果发布 — version 1 of a round's results was published, with every input frozen. */
@EventContract(topic = Topics.ASSESSMENT, name = "AssessmentRoundPublished", version = 1,
        description = "An officer published a scored round: every measured input read from the report as of the cut-off date, every score, the results, rankings and rewards; recomputing from these gives the same results whatever arrives later.")
public record AssessmentRoundPublished(
        @JsonPropertyDescription("Id of the round")
        String roundId,
        @JsonPropertyDescription("Version of the results: 1")
        int version,
        @JsonPropertyDescription("The cut-off date the inputs are as of")
        LocalDate cutOffDate,
        @JsonPropertyDescription("The officer's note on publishing")
        String note,
        @JsonPropertyDescription("The results")
        RoundResult result) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 评估结果更正 — a new version of a published round, recomputed from the report as of the cut-off date now. */
@EventContract(topic = Topics.ASSESSMENT, name = "AssessmentRoundCorrected", version = 1,
        description = "An officer corrected a published round: a new version recomputed from the report as of the cut-off date (late events included) and the same scores, listing what changed and why; earlier versions stay readable.")
public record AssessmentRoundCorrected(
        @JsonPropertyDescription("Id of the round")
        String roundId,
        @JsonPropertyDescription("Version of the results: 2 and up")
        int version,
        @JsonPropertyDescription("The cut-off date the inputs are as of")
        LocalDate cutOffDate,
        @JsonPropertyDescription("Why the round was corrected")
        String reason,
        @JsonPropertyDescription("What changed against the previous version")
        List<ResultChange> changes,
        @JsonPropertyDescription("The results")
        RoundResult result) {
}

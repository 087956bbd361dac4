package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;

/** 评分结束 — scoring of a round closed: the round is scored and may be published. */
@EventContract(topic = Topics.ASSESSMENT, name = "RoundScoringClosed", version = 1,
        description = "An officer closed scoring of a round whose every community had been scored; no score is taken afterwards.")
public record RoundScoringClosed(
        @JsonPropertyDescription("Id of the round")
        String roundId,
        @JsonPropertyDescription("The officer's note on closing")
        String note) {
}

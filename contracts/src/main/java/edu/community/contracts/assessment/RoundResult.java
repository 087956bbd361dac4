package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** The results of a round version: every input, score, result, ranking and reward, frozen. */
public record RoundResult(
        @JsonPropertyDescription("Per community, by id")
        List<CommunityResult> communities,
        @JsonPropertyDescription("The round's division first, then each city and county below it with communities")
        List<Ranking> rankings,
        @JsonPropertyDescription("Rewards by rank in the round's division")
        List<Reward> rewards,
        @JsonPropertyDescription("How equal totals are ordered")
        String tieRule) {
}

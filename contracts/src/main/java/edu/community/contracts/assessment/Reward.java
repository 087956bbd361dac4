package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** 阶梯式奖励 — the reward of a rank in the round's division. */
public record Reward(
        @JsonPropertyDescription("Rank in the round's division")
        int rank,
        @JsonPropertyDescription("Id of the community")
        String communityId,
        @JsonPropertyDescription("Reward in yuan")
        long yuan) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.util.List;

/** 第三方评分 — an assessor scored a community in a round; a later score of the same assessor replaces it. */
@EventContract(topic = Topics.ASSESSMENT, name = "CommunityScored", version = 1,
        description = "An assigned assessor scored every scored indicator of a community in an open round, with a comment.")
public record CommunityScored(
        @JsonPropertyDescription("Id of the round")
        String roundId,
        @JsonPropertyDescription("Id of the community")
        String communityId,
        @JsonPropertyDescription("Token subject of the assessor")
        String assessor,
        @JsonPropertyDescription("One score per scored indicator of the scheme")
        List<IndicatorScore> scores,
        @JsonPropertyDescription("The assessor's comment")
        String comment) {
}

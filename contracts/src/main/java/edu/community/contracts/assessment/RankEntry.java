package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.Optional;

/** One place of a ranking. */
public record RankEntry(
        @JsonPropertyDescription("Rank, from 1; never shared")
        int rank,
        @JsonPropertyDescription("Id of the community")
        String communityId,
        @JsonPropertyDescription("The community's total")
        double total,
        @JsonPropertyDescription("When its total equals a neighbour's: what separated them (measuredTotal, scoredTotal or communityId)")
        @Optional
        String tieBrokenBy) {
}

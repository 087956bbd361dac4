package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A community a round assesses: active on the cut-off date, its core school's county within the round's division. */
public record AssessedCommunity(
        @JsonPropertyDescription("Id of the community")
        String communityId,
        @JsonPropertyDescription("Name of the community")
        String name,
        @JsonPropertyDescription("10-digit code of the core school (核心校) on the cut-off date")
        String coreSchool,
        @JsonPropertyDescription("6-digit GB/T 2260 code of the core school's county on the cut-off date")
        String coreCounty) {
}

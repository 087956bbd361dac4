package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One thing a correction changed. */
public record ResultChange(
        @JsonPropertyDescription("Id of the community")
        String communityId,
        @JsonPropertyDescription("What changed: members, measured.<code>, total, rank or reward")
        String item,
        @JsonPropertyDescription("The value in the previous version")
        String before,
        @JsonPropertyDescription("The value in this version")
        String after) {
}

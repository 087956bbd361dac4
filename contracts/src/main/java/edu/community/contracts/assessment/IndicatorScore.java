package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An assessor's score of one scored indicator, out of 100. */
public record IndicatorScore(
        @JsonPropertyDescription("Code of the scored indicator")
        String code,
        @JsonPropertyDescription("Score out of 100")
        double score) {
}

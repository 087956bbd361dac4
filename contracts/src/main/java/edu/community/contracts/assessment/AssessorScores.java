package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One assessor's scores of a community as they stood when scoring closed. */
public record AssessorScores(
        @JsonPropertyDescription("Token subject of the assessor")
        String assessor,
        @JsonPropertyDescription("Score per scored indicator")
        List<IndicatorScore> scores,
        @JsonPropertyDescription("The assessor's comment")
        String comment) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One figure of a report: how many schools, communities or pairings it counts. */
public record ReportFigure(
        @JsonPropertyDescription("Name of the figure, e.g. schools.classification.RURAL")
        String figure,
        @JsonPropertyDescription("How many it counts")
        long value) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** 捆绑考核结果 — a community's result as one unit: its member schools count toward its core school. */
public record CommunityResult(
        @JsonPropertyDescription("Id of the community")
        String communityId,
        @JsonPropertyDescription("Name of the community")
        String name,
        @JsonPropertyDescription("Core school code")
        String coreSchool,
        @JsonPropertyDescription("Core school's county")
        String coreCounty,
        @JsonPropertyDescription("Member school codes on the cut-off date")
        List<String> members,
        @JsonPropertyDescription("Every measured input")
        List<MeasuredInput> measured,
        @JsonPropertyDescription("Every assessor's scores")
        List<AssessorScores> scores,
        @JsonPropertyDescription("Result per indicator")
        List<IndicatorResult> indicators,
        @JsonPropertyDescription("Sum of the measured indicators' weighted points")
        double measuredTotal,
        @JsonPropertyDescription("Sum of the scored indicators' weighted points")
        double scoredTotal,
        @JsonPropertyDescription("measuredTotal + scoredTotal")
        double total) {
}

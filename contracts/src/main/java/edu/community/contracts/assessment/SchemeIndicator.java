package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.Optional;
import java.util.List;

/** 评估指标 — one indicator of an assessment scheme, with its weight and, when measured, its scoring bands. */
public record SchemeIndicator(
        @JsonPropertyDescription("Code of the indicator within the scheme, e.g. coverage")
        String code,
        @JsonPropertyDescription("Name of the indicator, e.g. 成员校覆盖")
        String name,
        @JsonPropertyDescription("MEASURED from the report, or SCORED by assessors")
        AssessmentIndicatorKind kind,
        @JsonPropertyDescription("What a measured indicator reads; absent for a scored one")
        @Optional
        AssessmentMeasure measure,
        @JsonPropertyDescription("For BALANCE_CV: the balance indicator, e.g. BOOKS (assessment-service's Indicator)")
        @Optional
        String balanceIndicator,
        @JsonPropertyDescription("For BALANCE_CV: the stage whose statistics count")
        @Optional
        SchoolStage stage,
        @JsonPropertyDescription("Weight in points; the weights of a scheme add up to 100")
        int weight,
        @JsonPropertyDescription("Scoring bands of a measured indicator, ascending; empty for a scored one (its score out of 100 is its points)")
        List<ScoringBand> bands) {
}

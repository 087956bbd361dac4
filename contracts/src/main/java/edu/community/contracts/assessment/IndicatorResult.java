package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.Optional;

/** A community's result on one indicator. */
public record IndicatorResult(
        @JsonPropertyDescription("Code of the indicator")
        String code,
        @JsonPropertyDescription("The measured value, or the mean of the assessors' scores; absent when not computed")
        @Optional
        Double value,
        @JsonPropertyDescription("Points out of 100: the band the measured value falls in, or the mean score")
        double points,
        @JsonPropertyDescription("weight × points / 100, rounded to 2 decimals")
        double weighted) {
}

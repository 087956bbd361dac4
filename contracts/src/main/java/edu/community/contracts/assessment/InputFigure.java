package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * One raw input a measured value was computed from: a report figure of a unit ({@code community/<id>} or a county
 * code), or for a difference coefficient a school's students or indicator total.
 */
public record InputFigure(
        @JsonPropertyDescription("community/<id>, a county code, or a school code")
        String unit,
        @JsonPropertyDescription("Figure name, e.g. members, or students / the indicator total of a school")
        String figure,
        @JsonPropertyDescription("Its value; a figure the report did not have reads 0")
        double value) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.Optional;

/** 评分档次 — a scoring band of a measured indicator: a value in [from, to) earns the band's points. */
public record ScoringBand(
        @JsonPropertyDescription("Lowest value of the band (inclusive)")
        double from,
        @JsonPropertyDescription("Value the band ends before (exclusive); absent for an open-ended band")
        @Optional
        Double to,
        @JsonPropertyDescription("Points out of 100 the band earns; the indicator contributes weight × points / 100")
        int points) {
}

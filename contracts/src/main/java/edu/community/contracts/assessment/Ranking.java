package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** 排名 — the ranking of the communities whose core school lies in one division. */
public record Ranking(
        @JsonPropertyDescription("6-digit GB/T 2260 code: the round's division, or a city or county below it")
        String division,
        @JsonPropertyDescription("province, city or county")
        String level,
        @JsonPropertyDescription("Places, best first")
        List<RankEntry> entries) {
}

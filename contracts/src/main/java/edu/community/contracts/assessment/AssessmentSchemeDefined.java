package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.util.List;

/** 评估方案 — an assessment scheme of communities for a school year and division. Stream {@code assessment-scheme-<schemeId>}. */
@EventContract(topic = Topics.ASSESSMENT, name = "AssessmentSchemeDefined", version = 1,
        description = "A province, city or county officer defined a community assessment scheme: indicators with weights and scoring bands, and the stepped rewards by rank.")
public record AssessmentSchemeDefined(
        @JsonPropertyDescription("Id of the scheme (UUID)")
        String schemeId,
        @JsonPropertyDescription("6-digit GB/T 2260 code of the division the scheme is for")
        String division,
        @JsonPropertyDescription("The year the school year starts: 2025 for 2025-2026")
        int schoolYear,
        @JsonPropertyDescription("Name of the scheme")
        String name,
        @JsonPropertyDescription("The indicators, weights adding up to 100")
        List<SchemeIndicator> indicators,
        @JsonPropertyDescription("Stepped rewards (阶梯式奖励) in yuan by rank: the first for rank 1, and so on; never increasing")
        List<Long> rewards) {
}

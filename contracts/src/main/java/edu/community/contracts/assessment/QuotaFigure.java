package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/** 任务指标完成情况 — progress toward a quota of new integrated or co-construction member schools. */
public record QuotaFigure(
        @JsonPropertyDescription("6-digit GB/T 2260 code of the division the quota is set for")
        String division,
        @JsonPropertyDescription("First day of the quota's period")
        LocalDate from,
        @JsonPropertyDescription("Last day of the quota's period")
        LocalDate to,
        @JsonPropertyDescription("How many new member schools or campuses the quota asks for")
        int target,
        @JsonPropertyDescription("How many were counted by the report's date")
        int achieved) {
}

package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * 全省报表快照 — the provincial report of one division and school year as it stood on a date. The record key is
 * {@code provincial-report-<division>-<schoolYear>}; the compacted topic keeps the latest per key.
 */
@EventContract(topic = Topics.ASSESSMENT_REPORTS, name = "ProvincialReportSnapshot", version = 1,
        description = "The figures of the provincial report for one province, city or county and school year, as of a date; published when they change.")
public record ProvincialReportSnapshot(
        @JsonPropertyDescription("6-digit GB/T 2260 code of the province, city or county")
        String division,
        @JsonPropertyDescription("Name of the division")
        @Optional
        String name,
        @JsonPropertyDescription("province, city or county")
        String level,
        @JsonPropertyDescription("School year, e.g. 2024-2025 (1 September to 31 August)")
        String schoolYear,
        @JsonPropertyDescription("Every figure of the division's report, by name (see assessment-service's README), e.g. coverage.integratedOrCoConstruction")
        List<ReportFigure> figures,
        @JsonPropertyDescription("Progress toward the division's quotas that apply to the school year")
        List<QuotaFigure> quotas,
        @JsonPropertyDescription("The date the figures are the state on")
        LocalDate effectiveDate) implements EffectiveDated {
}

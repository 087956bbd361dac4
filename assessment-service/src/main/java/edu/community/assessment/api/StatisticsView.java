package edu.community.assessment.api;

import edu.community.assessment.domain.SchoolStatistics;
import edu.community.assessment.projection.StatisticsRegister;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school's statistics in force for a school year and stage. */
@Schema(name = "SchoolStatisticsInForce")
public record StatisticsView(
        SchoolStatistics statistics,
        String countyCode,
        @Schema(description = "The date the figures were taken") LocalDate effectiveDate,
        @Schema(description = "Stream version; also the ETag") int version) {

    static StatisticsView of(StatisticsRegister.Registered registered) {
        return new StatisticsView(registered.statistics(), registered.countyCode(), registered.effectiveDate(),
                registered.version());
    }
}

package edu.community.assessment.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.assessment.domain.SchoolStatistics;
import edu.community.assessment.domain.SchoolYear;
import edu.community.contracts.assessment.SchoolStage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * A school's annual statistics for one stage (学校年度统计). In a bulk import each row also names the school,
 * year and stage; submitted one by one they come from the path. Counts are whole numbers, areas in m², the
 * equipment value in yuan; {@code effectiveDate} is the date the figures were taken (default: the first day of
 * the school year).
 */
public record StatisticsRequest(
        @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
        @Min(SchoolYear.EARLIEST) @Max(SchoolYear.LATEST) Integer schoolYear,
        SchoolStage stage,
        @NotNull Integer students,
        @NotNull Integer teachers,
        @NotNull Integer qualifiedTeachers,
        @NotNull Integer backboneTeachers,
        @NotNull Integer peArtsTeachers,
        @NotNull Integer midTitledTeachers,
        @NotNull Integer multimediaClassrooms,
        @NotNull Integer computers,
        @NotNull Integer books,
        @NotNull Double floorSpace,
        @NotNull Double sportsSpace,
        @NotNull Double equipmentValue,
        LocalDate effectiveDate) {

    SchoolStatistics statistics(String code, int year, SchoolStage schoolStage) {
        return new SchoolStatistics(code, year, schoolStage, students, teachers, qualifiedTeachers, backboneTeachers,
                peArtsTeachers, midTitledTeachers, multimediaClassrooms, computers, books, floorSpace, sportsSpace,
                equipmentValue);
    }

    LocalDate effectiveDateIn(int year) {
        return effectiveDate == null ? new SchoolYear(year).firstDay() : effectiveDate;
    }
}

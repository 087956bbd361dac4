package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import edu.community.contracts.assessment.SchoolStatisticsSubmitted;
import edu.community.contracts.community.SchoolLevel;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.store.StreamId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 学校年度统计报送 — the stream of one school's statistics for one school year and stage: the latest submission
 * is in force; a submission equal to it changes nothing.
 */
public record AnnualStatistics(SchoolStatistics current) {

    public static final AnnualStatistics NONE = new AnnualStatistics(null);

    /** The stream of one school's statistics for a school year and stage. */
    public static EventStream<AnnualStatistics> stream(String schoolCode, int schoolYear, SchoolStage stage) {
        return new EventStream<>(StreamId.of("school-statistics",
                schoolCode + "-" + schoolYear + "-" + stage.name().toLowerCase()), NONE, AnnualStatistics::apply);
    }

    /**
     * Decides a submission by a school as it stood on {@code effectiveDate}.
     *
     * @throws RuleViolation when a figure is implausible, the date is outside the school year or the school does
     *                       not teach the stage
     */
    public List<SchoolStatisticsSubmitted> decide(SchoolStatistics submitted, LocalDate effectiveDate,
                                                  SchoolOnDate school, PlausibleBounds bounds) {
        SchoolYear year = new SchoolYear(submitted.schoolYear());
        if (!year.contains(effectiveDate)) {
            throw RuleViolation.of("statistics.date-outside-school-year", "effectiveDate " + effectiveDate
                    + " is not in school year " + year, Map.of("field", "effectiveDate", "schoolYear", year.toString()));
        }
        if (!teaches(school.profile().level(), submitted.stage())) {
            throw RuleViolation.of("statistics.stage-not-taught", submitted.schoolCode() + " is a "
                            + school.profile().level() + " school and does not teach the " + submitted.stage() + " stage",
                    Map.of("field", "stage", "level", school.profile().level().name()));
        }
        submitted.validate(bounds);
        if (submitted.equals(current)) {
            return List.of();
        }
        return List.of(new SchoolStatisticsSubmitted(submitted.schoolCode(), school.county(), submitted.schoolYear(),
                submitted.stage(), submitted.students(), submitted.teachers(), submitted.qualifiedTeachers(),
                submitted.backboneTeachers(), submitted.peArtsTeachers(), submitted.midTitledTeachers(),
                submitted.multimediaClassrooms(), submitted.computers(), submitted.books(), submitted.floorSpace(),
                submitted.sportsSpace(), submitted.equipmentValue(), effectiveDate));
    }

    public AnnualStatistics apply(Record event) {
        if (event instanceof SchoolStatisticsSubmitted e) {
            return new AnnualStatistics(statisticsOf(e));
        }
        return this;
    }

    public static SchoolStatistics statisticsOf(SchoolStatisticsSubmitted e) {
        return new SchoolStatistics(e.schoolCode(), e.schoolYear(), e.stage(), e.students(), e.teachers(),
                e.qualifiedTeachers(), e.backboneTeachers(), e.peArtsTeachers(), e.midTitledTeachers(),
                e.multimediaClassrooms(), e.computers(), e.books(), e.floorSpace(), e.sportsSpace(),
                e.equipmentValue());
    }

    private static boolean teaches(SchoolLevel level, SchoolStage stage) {
        return level == SchoolLevel.NINE_YEAR
                || (stage == SchoolStage.PRIMARY && level == SchoolLevel.PRIMARY)
                || (stage == SchoolStage.JUNIOR && level == SchoolLevel.JUNIOR);
    }
}

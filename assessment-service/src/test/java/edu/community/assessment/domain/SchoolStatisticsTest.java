package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.eventsourcing.domain.RuleViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchoolStatisticsTest {

    private static final SchoolStatistics SCHOOL = Statistics.good("3301060001", SchoolStage.PRIMARY, 5);

    private static RuleViolation refusal(SchoolStatistics statistics) {
        return assertThrows(RuleViolation.class, () -> statistics.validate(PlausibleBounds.defaults()));
    }

    @Test
    void per_100_students_indicators_are_scaled_by_100() {
        SchoolStatistics school = Statistics.with(SCHOOL, "qualifiedTeachers", 21);

        assertEquals(4.2, school.perStudent(Indicator.QUALIFIED_TEACHERS));
        assertEquals(40.0, school.perStudent(Indicator.BOOKS));
    }

    @Test
    void sound_statistics_pass() {
        assertDoesNotThrow(() -> SCHOOL.validate(PlausibleBounds.defaults()));
    }

    @Test
    void a_negative_figure_is_refused_naming_the_field() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, "books", -1));

        assertEquals("statistics.negative", refused.rule());
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, refused.kind());
        assertEquals(Map.of("field", "books", "value", -1), refused.details());
    }

    @Test
    void a_negative_area_is_refused_naming_the_field() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, "sportsSpace", -0.5));

        assertEquals("statistics.negative", refused.rule());
        assertEquals(Map.of("field", "sportsSpace", "value", -0.5), refused.details());
    }

    @Test
    void negative_students_are_refused_as_negative_before_no_students() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, "students", -3));

        assertEquals("statistics.negative", refused.rule());
        assertEquals("students", refused.details().get("field"));
    }

    @Test
    void a_school_without_students_is_refused() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, "students", 0));

        assertEquals("statistics.no-students", refused.rule());
        assertEquals("students", refused.details().get("field"));
    }

    @Test
    void more_backbone_teachers_than_teachers_is_refused_naming_the_field() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, "backboneTeachers", 41));

        assertEquals("statistics.inconsistent", refused.rule());
        assertEquals(Map.of("field", "backboneTeachers", "value", 41, "teachers", 40), refused.details());
    }

    @Test
    void more_mid_titled_teachers_than_teachers_is_refused_naming_the_field() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, "midTitledTeachers", 41));

        assertEquals("statistics.inconsistent", refused.rule());
        assertEquals("midTitledTeachers", refused.details().get("field"));
    }

    @Test
    void an_implausible_per_student_value_is_refused_naming_the_raw_field() {
        RuleViolation refused = refusal(Statistics.with(SCHOOL, Indicator.BOOKS, 1500));

        assertEquals("statistics.implausible", refused.rule());
        assertEquals(Map.of("field", "books", "indicator", "BOOKS", "perStudentValue", 1500.0, "min", 0.0,
                "max", 1000.0), refused.details());
    }

    @Test
    void bounds_of_one_indicator_can_be_widened() {
        SchoolStatistics library = Statistics.with(SCHOOL, Indicator.BOOKS, 1500);

        assertDoesNotThrow(() -> library.validate(PlausibleBounds.defaults().with(Indicator.BOOKS, 0, 2000)));
    }

    @Test
    void bounds_of_one_indicator_can_be_narrowed_from_below() {
        PlausibleBounds atLeastOneMetre = PlausibleBounds.defaults().with(Indicator.FLOOR_SPACE, 1, 200);
        SchoolStatistics cramped = Statistics.with(SCHOOL, Indicator.FLOOR_SPACE, 0.5);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> cramped.validate(atLeastOneMetre));

        assertEquals("floorSpace", refused.details().get("field"));
        assertEquals(1.0, refused.details().get("min"));
    }

    @Test
    void a_school_code_has_ten_digits() {
        assertThrows(IllegalArgumentException.class,
                () -> Statistics.good("330106001", SchoolStage.PRIMARY, 1));
    }
}

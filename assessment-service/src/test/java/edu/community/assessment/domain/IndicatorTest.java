package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void the_quality_standard_has_seven_indicators() {
        assertEquals(List.of(Indicator.QUALIFIED_TEACHERS, Indicator.BACKBONE_TEACHERS, Indicator.PE_ARTS_TEACHERS,
                Indicator.FLOOR_SPACE, Indicator.SPORTS_SPACE, Indicator.EQUIPMENT_VALUE,
                Indicator.MULTIMEDIA_CLASSROOMS), Indicator.quality());
    }

    @Test
    void the_basic_standard_has_eight_indicators() {
        assertEquals(List.of(Indicator.TEACHERS, Indicator.QUALIFIED_TEACHERS, Indicator.MID_TITLED_TEACHERS,
                Indicator.FLOOR_SPACE, Indicator.SPORTS_SPACE, Indicator.EQUIPMENT_VALUE, Indicator.COMPUTERS,
                Indicator.BOOKS), Indicator.basic());
    }

    @Test
    void quality_thresholds_depend_on_the_stage() {
        assertEquals(OptionalDouble.of(7.5), Indicator.SPORTS_SPACE.qualityThreshold(SchoolStage.PRIMARY));
        assertEquals(OptionalDouble.of(10.2), Indicator.SPORTS_SPACE.qualityThreshold(SchoolStage.JUNIOR));
        assertTrue(Indicator.BOOKS.qualityThreshold(SchoolStage.PRIMARY).isEmpty());
    }

    @Test
    void every_indicator_names_the_statistics_field_it_is_taken_from() {
        SchoolStatistics school = Statistics.good("3301060001", SchoolStage.PRIMARY, 1);

        for (Indicator indicator : Indicator.values()) {
            double doubled = indicator.totalOf(Statistics.with(school, indicator.field(), 2 * indicator.totalOf(school)));
            assertEquals(2 * indicator.totalOf(school), doubled, indicator.name());
        }
    }
}

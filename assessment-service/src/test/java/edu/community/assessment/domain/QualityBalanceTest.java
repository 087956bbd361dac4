package edu.community.assessment.domain;

import static edu.community.assessment.domain.Indicator.EQUIPMENT_VALUE;
import static edu.community.assessment.domain.Indicator.FLOOR_SPACE;
import static edu.community.assessment.domain.Indicator.SPORTS_SPACE;
import static edu.community.contracts.assessment.SchoolStage.JUNIOR;
import static edu.community.contracts.assessment.SchoolStage.PRIMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.assessment.domain.QualityBalance.Miss;
import edu.community.assessment.domain.QualityBalance.SchoolResult;
import edu.community.assessment.domain.QualityBalance.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityBalanceTest {

    private static final QualityBalance STANDARD = QualityBalance.standard();

    private static SchoolStatistics primary(String code, int hundreds) {
        return Statistics.good(code, PRIMARY, hundreds);
    }

    @Test
    void a_county_of_schools_above_every_threshold_with_small_differences_passes() {
        List<SchoolStatistics> schools = List.of(
                primary("3301060001", 2),
                Statistics.with(primary("3301060002", 4), FLOOR_SPACE, 9.5),
                Statistics.with(primary("3301060003", 3), EQUIPMENT_VALUE, 2600));

        Verdict verdict = STANDARD.evaluate(PRIMARY, schools);

        assertTrue(verdict.passed());
        assertEquals(Indicator.quality(), verdict.indicators().stream().map(QualityBalance.IndicatorResult::indicator).toList());
        assertTrue(verdict.failingIndicators().isEmpty());
        assertTrue(verdict.failingSchools().isEmpty());
    }

    @Test
    void a_county_with_one_coefficient_over_its_limit_fails_naming_that_indicator() {
        List<SchoolStatistics> schools = List.of(
                Statistics.with(primary("3301060001", 2), SPORTS_SPACE, 8),
                Statistics.with(primary("3301060002", 2), SPORTS_SPACE, 60));

        Verdict verdict = STANDARD.evaluate(PRIMARY, schools);

        assertFalse(verdict.passed());
        assertEquals(1, verdict.failingIndicators().size());
        QualityBalance.IndicatorResult failing = verdict.failingIndicators().get(0);
        assertEquals(SPORTS_SPACE, failing.indicator());
        assertEquals(26.0 / 34, failing.cv().getAsDouble(), 1e-9);
        assertEquals(0.50, failing.limit());
        assertTrue(verdict.failingSchools().isEmpty());
    }

    @Test
    void junior_schools_are_held_to_0_45() {
        List<SchoolStatistics> schools = List.of(
                Statistics.with(Statistics.good("3301060001", JUNIOR, 2), SPORTS_SPACE, 12),
                Statistics.with(Statistics.good("3301060002", JUNIOR, 2), SPORTS_SPACE, 32));

        Verdict verdict = STANDARD.evaluate(JUNIOR, schools);

        assertEquals(10.0 / 22, verdict.failingIndicators().get(0).cv().getAsDouble(), 1e-9);
        assertEquals(0.45, verdict.failingIndicators().get(0).limit());
    }

    @Test
    void a_school_missing_two_thresholds_fails_the_county_naming_the_school_and_its_misses() {
        List<SchoolStatistics> schools = List.of(
                primary("3301060001", 3),
                primary("3301060002", 3),
                Statistics.with(Statistics.with(primary("3301060003", 2), FLOOR_SPACE, 4.05), EQUIPMENT_VALUE, 1900));

        Verdict verdict = STANDARD.evaluate(PRIMARY, schools);

        assertFalse(verdict.passed());
        assertTrue(verdict.failingIndicators().isEmpty());
        SchoolResult failing = verdict.failingSchools().get(0);
        assertEquals(1, verdict.failingSchools().size());
        assertEquals("3301060003", failing.schoolCode());
        assertEquals(5, failing.met());
        assertEquals(List.of(FLOOR_SPACE, EQUIPMENT_VALUE), failing.misses().stream().map(Miss::indicator).toList());
        Miss floor = failing.misses().get(0);
        assertEquals(4.05, floor.value(), 1e-9);
        assertEquals(4.5, floor.threshold());
        assertEquals(0.90, floor.ratio(), 1e-9);
        assertEquals(0.95, failing.misses().get(1).ratio(), 1e-9);
    }

    @Test
    void a_school_missing_one_threshold_at_85_percent_of_it_still_passes() {
        SchoolStatistics school = Statistics.with(primary("3301060001", 2), EQUIPMENT_VALUE, 1700);

        Verdict verdict = STANDARD.evaluate(PRIMARY, List.of(school));

        SchoolResult result = verdict.schools().get(0);
        assertTrue(result.passed());
        assertEquals(6, result.met());
        assertEquals(new Miss(EQUIPMENT_VALUE, 1700, 2000, 0.85), result.misses().get(0));
        assertTrue(verdict.passed());
    }

    @Test
    void a_school_missing_one_threshold_below_85_percent_of_it_fails() {
        SchoolStatistics school = Statistics.with(primary("3301060001", 2), EQUIPMENT_VALUE, 1600);

        Verdict verdict = STANDARD.evaluate(PRIMARY, List.of(school));

        assertFalse(verdict.passed());
        assertEquals("3301060001", verdict.failingSchools().get(0).schoolCode());
        assertEquals(0.80, verdict.failingSchools().get(0).misses().get(0).ratio(), 1e-9);
    }

    @Test
    void a_value_at_exactly_the_floor_share_in_decimal_is_not_lost_to_binary_rounding() {
        QualityBalance eightyPercent = new QualityBalance(0.50, 0.45, 6, 0.80);
        SchoolStatistics school = Statistics.with(
                Statistics.with(Statistics.good("3301060001", JUNIOR, 50), "students", 4674), "sportsSpace", 38139.84);

        SchoolResult result = eightyPercent.evaluate(JUNIOR, List.of(school)).schools().get(0);

        assertEquals(List.of(SPORTS_SPACE), result.misses().stream().map(Miss::indicator).toList());
        assertTrue(result.misses().get(0).ratio() < 0.80, "38139.84 / 4674 / 10.2 is 0.7999999999999999 in binary");
        assertTrue(result.passed());
    }

    @Test
    void the_limits_are_configuration() {
        QualityBalance lenient = new QualityBalance(0.80, 0.80, 5, 0.70);
        List<SchoolStatistics> schools = List.of(
                Statistics.with(primary("3301060001", 2), SPORTS_SPACE, 8),
                Statistics.with(Statistics.with(primary("3301060002", 2), SPORTS_SPACE, 60), EQUIPMENT_VALUE, 1500));

        assertTrue(lenient.evaluate(PRIMARY, schools).passed());
        assertFalse(STANDARD.evaluate(PRIMARY, schools).passed());
    }

    @Test
    void a_county_without_schools_does_not_pass() {
        Verdict verdict = STANDARD.evaluate(PRIMARY, List.of());

        assertFalse(verdict.passed());
        assertEquals(Indicator.quality().size(), verdict.failingIndicators().size());
        assertTrue(verdict.failingIndicators().get(0).cv().isEmpty());
    }
}

package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import static edu.community.assessment.domain.Indicator.BOOKS;
import static edu.community.assessment.domain.Indicator.COMPUTERS;
import static edu.community.assessment.domain.Indicator.EQUIPMENT_VALUE;
import static edu.community.assessment.domain.Indicator.FLOOR_SPACE;
import static edu.community.assessment.domain.Indicator.MID_TITLED_TEACHERS;
import static edu.community.assessment.domain.Indicator.QUALIFIED_TEACHERS;
import static edu.community.assessment.domain.Indicator.SPORTS_SPACE;
import static edu.community.assessment.domain.Indicator.TEACHERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BasicBalanceTest {

    private static final BasicBalance STANDARD = BasicBalance.standard();

    /** A published district table of primary-school coefficients, in the order of the 2012 standard. */
    private static Map<Indicator, OptionalDouble> districtTable() {
        Map<Indicator, OptionalDouble> table = new EnumMap<>(Indicator.class);
        table.put(FLOOR_SPACE, OptionalDouble.of(0.881));
        table.put(SPORTS_SPACE, OptionalDouble.of(1.299));
        table.put(EQUIPMENT_VALUE, OptionalDouble.of(0.977));
        table.put(COMPUTERS, OptionalDouble.of(0.379));
        table.put(BOOKS, OptionalDouble.of(0.170));
        table.put(TEACHERS, OptionalDouble.of(0.334));
        table.put(QUALIFIED_TEACHERS, OptionalDouble.of(0.286));
        table.put(MID_TITLED_TEACHERS, OptionalDouble.of(0.408));
        return table;
    }

    @Test
    void published_district_coefficients_give_a_composite_of_0_592() {
        assertEquals(0.592, BasicBalance.composite(districtTable()).getAsDouble(), 0.0005);
    }

    @Test
    void a_composite_of_0_592_passes_for_primary_schools() {
        BasicBalance.Verdict verdict = STANDARD.evaluate(SchoolStage.PRIMARY, districtTable());

        assertTrue(verdict.passed());
        assertEquals(0.65, verdict.limit());
    }

    @Test
    void a_composite_of_0_592_fails_for_junior_schools() {
        BasicBalance.Verdict verdict = STANDARD.evaluate(SchoolStage.JUNIOR, districtTable());

        assertFalse(verdict.passed());
        assertEquals(0.55, verdict.limit());
    }

    @Test
    void without_one_of_the_eight_coefficients_the_composite_is_not_computed_and_does_not_pass() {
        Map<Indicator, OptionalDouble> table = districtTable();
        table.put(BOOKS, OptionalDouble.empty());

        BasicBalance.Verdict verdict = STANDARD.evaluate(SchoolStage.PRIMARY, table);

        assertTrue(verdict.composite().isEmpty());
        assertFalse(verdict.passed());
    }

    @Test
    void the_composite_is_computed_from_the_schools_statistics() {
        List<SchoolStatistics> schools = List.of(
                Statistics.with(Statistics.good("3301060001", SchoolStage.PRIMARY, 2), BOOKS, 20),
                Statistics.with(Statistics.good("3301060002", SchoolStage.PRIMARY, 2), BOOKS, 60));

        BasicBalance.Verdict verdict = STANDARD.evaluate(SchoolStage.PRIMARY, schools);

        assertEquals(0.5 / 8, verdict.composite().getAsDouble(), 1e-12);
        assertTrue(verdict.passed());
    }
}

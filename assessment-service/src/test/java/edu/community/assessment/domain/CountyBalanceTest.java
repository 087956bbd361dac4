package edu.community.assessment.domain;

import static edu.community.contracts.assessment.SchoolStage.JUNIOR;
import static edu.community.contracts.assessment.SchoolStage.PRIMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountyBalanceTest {

    @Test
    void a_county_is_assessed_on_every_indicator_and_both_standards() {
        List<BalanceSchool> schools = List.of(
                BalanceSchool.regular(Statistics.good("3301060001", PRIMARY, 2)),
                BalanceSchool.regular(Statistics.with(Statistics.good("3301060002", PRIMARY, 3), Indicator.BOOKS, 50)));

        CountyBalance county = CountyBalance.assess("330106", 2024, PRIMARY, schools, CountyBalance.Rules.standard());

        assertEquals(List.of(Indicator.values()), List.copyOf(county.coefficients().keySet()));
        assertEquals((200 * 40 + 300 * 50) / 500.0, county.coefficients().get(Indicator.BOOKS).countyRatio().getAsDouble(), 1e-12);
        assertTrue(county.quality().passed());
        assertTrue(county.basic().passed());
        assertEquals(PRIMARY, county.quality().stage());
    }

    @Test
    void a_county_without_any_counted_school_passes_neither_standard() {
        List<BalanceSchool> schools = List.of(
                new BalanceSchool(Statistics.good("3301060001", PRIMARY, 1), true, false, false));

        CountyBalance county = CountyBalance.assess("330106", 2024, PRIMARY, schools, CountyBalance.Rules.standard());

        assertTrue(county.coefficients().values().stream().noneMatch(DifferenceCoefficient::computed));
        assertFalse(county.quality().passed());
        assertFalse(county.basic().passed());
    }

    @Test
    void statistics_of_another_stage_are_refused() {
        List<BalanceSchool> schools = List.of(BalanceSchool.regular(Statistics.good("3301060001", JUNIOR, 2)));

        assertThrows(IllegalArgumentException.class,
                () -> CountyBalance.assess("330106", 2024, PRIMARY, schools, CountyBalance.Rules.standard()));
    }

    @Test
    void statistics_of_another_school_year_are_refused() {
        List<BalanceSchool> schools = List.of(BalanceSchool.regular(Statistics.good("3301060001", PRIMARY, 2)));

        assertThrows(IllegalArgumentException.class,
                () -> CountyBalance.assess("330106", 2023, PRIMARY, schools, CountyBalance.Rules.standard()));
    }

    @Test
    void a_school_counted_twice_is_refused() {
        BalanceSchool school = BalanceSchool.regular(Statistics.good("3301060001", PRIMARY, 2));

        assertThrows(IllegalArgumentException.class,
                () -> CountyBalance.assess("330106", 2024, PRIMARY, List.of(school, school), CountyBalance.Rules.standard()));
    }
}

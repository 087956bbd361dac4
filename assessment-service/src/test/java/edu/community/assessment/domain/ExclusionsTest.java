package edu.community.assessment.domain;

import static edu.community.contracts.assessment.SchoolStage.PRIMARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.assessment.domain.Exclusions.ExcludedSchool;
import edu.community.assessment.domain.Exclusions.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExclusionsTest {

    private static final Exclusions STANDARD = Exclusions.standard();

    private static SchoolStatistics teachingPoint(String code, int students) {
        return Statistics.with(Statistics.good(code, PRIMARY, 1), "students", students);
    }

    private static SchoolStatistics wildBooks(String code) {
        return Statistics.with(Statistics.good(code, PRIMARY, 1), Indicator.BOOKS, 900);
    }

    @Test
    void a_special_education_school_is_left_out() {
        BalanceSchool school = new BalanceSchool(wildBooks("3301060009"), true, false, false);

        assertEquals(Optional.of(Reason.SPECIAL_EDUCATION), STANDARD.reasonToExclude(school));
        assertEquals("special-education", Reason.SPECIAL_EDUCATION.code());
    }

    @Test
    void a_vocational_school_is_left_out() {
        BalanceSchool school = new BalanceSchool(wildBooks("3301060009"), false, true, false);

        assertEquals(Optional.of(Reason.VOCATIONAL), STANDARD.reasonToExclude(school));
        assertEquals("vocational", Reason.VOCATIONAL.code());
    }

    @Test
    void a_teaching_point_of_49_students_is_left_out() {
        BalanceSchool school = new BalanceSchool(teachingPoint("3301060009", 49), false, false, true);

        assertEquals(Optional.of(Reason.SMALL_TEACHING_POINT), STANDARD.reasonToExclude(school));
        assertEquals("small-teaching-point", Reason.SMALL_TEACHING_POINT.code());
    }

    @Test
    void a_teaching_point_of_50_students_counts() {
        BalanceSchool school = new BalanceSchool(teachingPoint("3301060009", 50), false, false, true);

        assertEquals(Optional.empty(), STANDARD.reasonToExclude(school));
    }

    @Test
    void the_smallest_teaching_point_counted_is_configuration() {
        BalanceSchool school = new BalanceSchool(teachingPoint("3301060009", 49), false, false, true);

        assertEquals(Optional.empty(), new Exclusions(30).reasonToExclude(school));
    }

    @Test
    void schools_left_out_do_not_change_the_coefficient() {
        List<BalanceSchool> regular = List.of(
                BalanceSchool.regular(Statistics.with(Statistics.good("3301060001", PRIMARY, 2), Indicator.BOOKS, 20)),
                BalanceSchool.regular(Statistics.with(Statistics.good("3301060002", PRIMARY, 2), Indicator.BOOKS, 60)));
        List<BalanceSchool> all = List.of(regular.get(0), regular.get(1),
                new BalanceSchool(wildBooks("3301060007"), true, false, false),
                new BalanceSchool(wildBooks("3301060008"), false, true, false),
                new BalanceSchool(Statistics.with(teachingPoint("3301060009", 12), Indicator.BOOKS, 900), false, false, true));

        CountyBalance county = CountyBalance.assess("330106", Statistics.YEAR, PRIMARY, all,
                CountyBalance.Rules.standard());

        assertEquals(List.of("3301060001", "3301060002"), county.included());
        assertEquals(List.of(new ExcludedSchool("3301060007", Reason.SPECIAL_EDUCATION),
                new ExcludedSchool("3301060008", Reason.VOCATIONAL),
                new ExcludedSchool("3301060009", Reason.SMALL_TEACHING_POINT)), county.excluded());
        DifferenceCoefficient books = county.coefficients().get(Indicator.BOOKS);
        assertEquals(0.5, books.cv().getAsDouble(), 1e-12);
        assertEquals(2, books.schools());
    }

    @Test
    void a_teaching_point_of_50_students_is_in_the_coefficient() {
        Exclusions.Split split = STANDARD.split(List.of(
                BalanceSchool.regular(Statistics.good("3301060001", PRIMARY, 2)),
                new BalanceSchool(teachingPoint("3301060009", 50), false, false, true)));

        assertEquals(2, split.included().size());
        assertTrue(split.excluded().isEmpty());
    }
}

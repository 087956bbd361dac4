package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.assessment.domain.DifferenceCoefficient.Share;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DifferenceCoefficientTest {

    private static final int[] STUDENTS = {45, 37, 89, 76, 55};
    private static final int[] BOOKS = {279, 137, 935, 160, 402};

    private static List<Share> booksOfFivePrimarySchools() {
        return IntStream.range(0, STUDENTS.length).mapToObj(i -> new Share(STUDENTS[i], BOOKS[i])).toList();
    }

    @Test
    void books_per_student_vector_gives_0_515() {
        DifferenceCoefficient coefficient = DifferenceCoefficient.of(booksOfFivePrimarySchools());

        assertEquals(0.515, coefficient.cv().getAsDouble(), 0.001);
        assertEquals(5, coefficient.schools());
    }

    @Test
    void the_county_ratio_is_total_books_over_total_students_not_the_mean_of_school_ratios() {
        DifferenceCoefficient coefficient = DifferenceCoefficient.of(booksOfFivePrimarySchools());

        assertEquals(1913.0 / 302, coefficient.countyRatio().getAsDouble(), 1e-12);
    }

    @Test
    void schools_are_weighted_by_their_students_unlike_the_unweighted_0_489() {
        double[] ratios = IntStream.range(0, STUDENTS.length).mapToDouble(i -> (double) BOOKS[i] / STUDENTS[i]).toArray();
        double mean = Arrays.stream(ratios).average().orElseThrow();
        double unweighted = Math.sqrt(Arrays.stream(ratios).map(x -> (x - mean) * (x - mean)).average()
                .orElseThrow()) / mean;

        double weighted = DifferenceCoefficient.of(booksOfFivePrimarySchools()).cv().getAsDouble();

        assertEquals(0.489, unweighted, 0.001);
        assertNotEquals(unweighted, weighted, 0.02);
    }

    @Test
    void per_100_students_indicators_report_the_county_ratio_per_100_students() {
        List<SchoolStatistics> schools = List.of(
                Statistics.with(Statistics.good("3301060001", SchoolStage.PRIMARY, 2), "computers", 20),
                Statistics.with(Statistics.good("3301060002", SchoolStage.PRIMARY, 2), "computers", 60));

        DifferenceCoefficient coefficient = DifferenceCoefficient.of(Indicator.COMPUTERS, schools);

        assertEquals(20.0, coefficient.countyRatio().getAsDouble(), 1e-12);
        assertEquals(0.5, coefficient.cv().getAsDouble(), 1e-12);
    }

    @Test
    void schools_that_all_have_nothing_differ_by_zero() {
        DifferenceCoefficient coefficient = DifferenceCoefficient.of(List.of(new Share(60, 0), new Share(80, 0)));

        assertEquals(OptionalDouble.of(0), coefficient.cv());
    }

    @Test
    void over_no_school_the_coefficient_is_not_computed() {
        DifferenceCoefficient coefficient = DifferenceCoefficient.of(List.of());

        assertFalse(coefficient.computed());
        assertTrue(coefficient.cv().isEmpty());
        assertTrue(coefficient.countyRatio().isEmpty());
        assertEquals(0, coefficient.schools());
    }
}

package edu.community.assessment.domain;

import static edu.community.assessment.domain.Schemes.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.community.contracts.assessment.AssessmentMeasure;
import edu.community.contracts.assessment.InputFigure;
import edu.community.contracts.assessment.MeasuredInput;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.SchoolStage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    static final edu.community.contracts.assessment.AssessedCommunity K = community("k", "3305020001", "330502");

    @Test
    void each_measure_reads_its_agreed_figures_and_a_missing_one_reads_0() {
        Map<String, SortedMap<String, Long>> figures = new HashMap<>();
        figures.put("community/k", new TreeMap<>(Map.of("members", 3L, "postings.started", 4L, "activities.held", 5L,
                "sync.minutes.RURAL", 90L, "sync.minutes.TOWNSHIP", 30L, "sync.attendance.present", 45L,
                "sync.attendance.enrolled", 50L)));
        figures.put("330502", new TreeMap<>(Map.of("rotation.rotated", 3L, "rotation.eligible", 20L)));
        var facts = new Measures.Facts(figures, Map.of(), Map.of());
        assertEquals(3.0, value(AssessmentMeasure.COVERAGE, facts));
        assertEquals(4.0, value(AssessmentMeasure.POSTINGS, facts));
        assertEquals(5.0, value(AssessmentMeasure.ACTIVITIES_HELD, facts));
        assertEquals(2.0, value(AssessmentMeasure.SYNC_HOURS, facts), "120 minutes to rural and township schools");
        assertEquals(90.0, value(AssessmentMeasure.ATTENDANCE_RATE, facts));
        assertEquals(15.0, value(AssessmentMeasure.ROTATION_RATIO, facts), "the core school's county, in percent");

        var empty = new Measures.Facts(Map.of(), Map.of(), Map.of());
        assertEquals(0.0, value(AssessmentMeasure.POSTINGS, empty));
        assertEquals(0.0, value(AssessmentMeasure.ATTENDANCE_RATE, empty), "no enrolment: 0, not a division by 0");
        assertEquals(List.of(new InputFigure("community/k", "postings.started", 0)),
                measure(AssessmentMeasure.POSTINGS, empty).figures());
    }

    @Test
    void the_difference_coefficient_counts_the_core_school_and_its_members_weighted_by_students() {
        // Rule 1's test vector: students 45, 37, 89, 76, 55; books 279, 137, 935, 160, 402 → CV 0.515.
        int[] students = {45, 37, 89, 76, 55};
        int[] books = {279, 137, 935, 160, 402};
        List<String> schools = List.of("3305020001", "3305020002", "3305020003", "3305020004", "3305020005");
        Map<String, BalanceSchool> statistics = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            statistics.put(Measures.statisticsKey(schools.get(i), SchoolStage.PRIMARY), BalanceSchool.regular(
                    Statistics.with(Statistics.with(Statistics.good(schools.get(i), SchoolStage.PRIMARY, 1), "students",
                            students[i]), "books", books[i])));
        }
        var facts = new Measures.Facts(Map.of(), Map.of("k", schools.subList(1, 5)), statistics);
        MeasuredInput cv = Measures.measure(List.of(Schemes.booksCv(100)), K, facts.membersOf("k"), facts).get(0);
        assertEquals(0.515, cv.value(), 0.001);
        assertEquals(10, cv.figures().size(), "students and books of each of the five schools");

        Map<String, BalanceSchool> withSpecial = new HashMap<>(statistics);
        String special = "3305020006";
        withSpecial.put(Measures.statisticsKey(special, SchoolStage.PRIMARY), new BalanceSchool(Statistics.with(
                Statistics.good(special, SchoolStage.PRIMARY, 1), "books", 9000), true, false, false));
        var withExcluded = new Measures.Facts(Map.of(), Map.of("k", List.of("3305020002", "3305020003", "3305020004",
                "3305020005", special)), withSpecial);
        assertEquals(0.515, Measures.measure(List.of(Schemes.booksCv(100)), K, withExcluded.membersOf("k"), withExcluded)
                .get(0).value(), 0.001, "a special-education school is left out (rule 1)");

        var none = new Measures.Facts(Map.of(), Map.of("k", List.of()), Map.of());
        assertNull(Measures.measure(List.of(Schemes.booksCv(100)), K, List.of(), none).get(0).value(),
                "no statistics: not computed");
    }

    private static Double value(AssessmentMeasure measure, Measures.Facts facts) {
        return measure(measure, facts).value();
    }

    private static MeasuredInput measure(AssessmentMeasure measure, Measures.Facts facts) {
        SchemeIndicator indicator = Schemes.measured("m", measure, 100, Schemes.open(0, 100));
        return Measures.measure(List.of(indicator), K, List.of(), facts).get(0);
    }
}

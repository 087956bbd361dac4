package edu.community.assessment.domain;

import static edu.community.assessment.domain.Schemes.band;
import static edu.community.assessment.domain.Schemes.define;
import static edu.community.assessment.domain.Schemes.huzhou;
import static edu.community.assessment.domain.Schemes.measured;
import static edu.community.assessment.domain.Schemes.open;
import static edu.community.assessment.domain.Schemes.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.AssessmentMeasure;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.eventsourcing.domain.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentSchemeTest {

    @Test
    void a_scheme_without_rewards_takes_zhengdongs_stepped_rewards() {
        var defined = AssessmentScheme.NONE.decide(define(huzhou(), null));
        assertEquals(List.of(1_000_000L, 500_000L, 300_000L), defined.get(0).rewards());
    }

    @Test
    void rewards_are_configurable_but_never_increase_with_the_rank() {
        assertEquals(List.of(50L, 50L, 10L), AssessmentScheme.NONE.decide(define(huzhou(), List.of(50L, 50L, 10L)))
                .get(0).rewards());
        assertEquals("rewards.not-stepped", refused(huzhou(), List.of(10L, 20L)));
        assertEquals("rewards.not-stepped", refused(huzhou(), List.of(-1L)));
    }

    @Test
    void a_scheme_is_defined_once() {
        var scheme = Schemes.defined();
        var refused = assertThrows(RuleViolation.class, () -> scheme.decide(define(huzhou(), null)));
        assertEquals("scheme.already-defined", refused.rule());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    }

    @Test
    void weights_add_up_to_100() {
        assertEquals("scheme.weights-not-100", refused(List.of(scored("teaching", 60)), null));
        assertEquals("scheme.weight-not-positive", refused(List.of(scored("teaching", 100), scored("visits", 0)), null));
        assertEquals("scheme.no-indicators", refused(List.of(), null));
    }

    @Test
    void indicator_codes_are_unique() {
        assertEquals("scheme.indicator-code-repeated", refused(List.of(scored("a", 50), scored("a", 50)), null));
    }

    @Test
    void a_measured_indicator_names_its_measure_and_bands() {
        var noMeasure = new SchemeIndicator("x", "x", AssessmentIndicatorKind.MEASURED, null, null, null, 100,
                List.of(open(0, 100)));
        assertEquals("scheme.measured-needs-measure", refused(List.of(noMeasure), null));
        assertEquals("scheme.measured-needs-bands", refused(List.of(measured("x", AssessmentMeasure.COVERAGE, 100)), null));
    }

    @Test
    void a_scored_indicator_has_neither_measure_nor_bands() {
        var withMeasure = new SchemeIndicator("x", "x", AssessmentIndicatorKind.SCORED, AssessmentMeasure.COVERAGE,
                null, null, 100, List.of());
        assertEquals("scheme.scored-has-measure", refused(List.of(withMeasure), null));
        var withBands = new SchemeIndicator("x", "x", AssessmentIndicatorKind.SCORED, null, null, null, 100,
                List.of(open(0, 100)));
        assertEquals("scheme.scored-has-bands", refused(List.of(withBands), null));
    }

    @Test
    void a_difference_coefficient_names_a_known_balance_indicator_and_a_stage() {
        AssessmentScheme.NONE.decide(define(List.of(Schemes.booksCv(100)), null));
        var unknown = new SchemeIndicator("cv", "cv", AssessmentIndicatorKind.MEASURED, AssessmentMeasure.BALANCE_CV,
                "PIANOS", SchoolStage.PRIMARY, 100, List.of(open(0, 100)));
        assertEquals("scheme.balance-needs-indicator", refused(List.of(unknown), null));
        var noStage = new SchemeIndicator("cv", "cv", AssessmentIndicatorKind.MEASURED, AssessmentMeasure.BALANCE_CV,
                "BOOKS", null, 100, List.of(open(0, 100)));
        assertEquals("scheme.balance-needs-indicator", refused(List.of(noStage), null));
        var strayStage = new SchemeIndicator("c", "c", AssessmentIndicatorKind.MEASURED, AssessmentMeasure.COVERAGE,
                null, SchoolStage.PRIMARY, 100, List.of(open(0, 100)));
        assertEquals("scheme.balance-needs-indicator", refused(List.of(strayStage), null));
    }

    @Test
    void bands_ascend_without_overlap_and_only_the_last_is_open() {
        assertEquals("scheme.bands-invalid", refused(List.of(measured("c", AssessmentMeasure.COVERAGE, 100,
                band(0, 3, 50), band(2, 5, 100))), null));
        assertEquals("scheme.bands-invalid", refused(List.of(measured("c", AssessmentMeasure.COVERAGE, 100,
                open(0, 50), band(2, 5, 100))), null));
        assertEquals("scheme.bands-invalid", refused(List.of(measured("c", AssessmentMeasure.COVERAGE, 100,
                band(3, 3, 50))), null));
        assertEquals("scheme.bands-invalid", refused(List.of(measured("c", AssessmentMeasure.COVERAGE, 100,
                open(0, 101))), null));
    }

    private static String refused(List<SchemeIndicator> indicators, List<Long> rewards) {
        return assertThrows(RuleViolation.class, () -> AssessmentScheme.NONE.decide(define(indicators, rewards))).rule();
    }
}

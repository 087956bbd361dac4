package edu.community.assessment.domain;

import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.AssessmentMeasure;
import edu.community.contracts.assessment.AssessmentSchemeDefined;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.contracts.assessment.ScoringBand;
import java.util.List;

/** Schemes, indicators and communities of the domain tests. */
final class Schemes {

    static final String SCHEME = "scheme-1";

    private Schemes() {
    }

    static SchemeIndicator measured(String code, AssessmentMeasure measure, int weight, ScoringBand... bands) {
        return new SchemeIndicator(code, code, AssessmentIndicatorKind.MEASURED, measure, null, null, weight,
                List.of(bands));
    }

    static SchemeIndicator booksCv(int weight) {
        return new SchemeIndicator("books-cv", "生均图书差异系数", AssessmentIndicatorKind.MEASURED,
                AssessmentMeasure.BALANCE_CV, "BOOKS", SchoolStage.PRIMARY, weight,
                List.of(band(0, 0.3, 100), band(0.3, 0.5, 60), open(0.5, 20)));
    }

    static SchemeIndicator scored(String code, int weight) {
        return new SchemeIndicator(code, code, AssessmentIndicatorKind.SCORED, null, null, null, weight, List.of());
    }

    static ScoringBand band(double from, double to, int points) {
        return new ScoringBand(from, to, points);
    }

    static ScoringBand open(double from, int points) {
        return new ScoringBand(from, null, points);
    }

    /** coverage 40 (2 → 50 points, 3 or more → 100), postings 10 (1 or more → 100), teaching 50 scored. */
    static List<SchemeIndicator> huzhou() {
        return List.of(measured("coverage", AssessmentMeasure.COVERAGE, 40, band(0, 2, 0), band(2, 3, 50), open(3, 100)),
                measured("postings", AssessmentMeasure.POSTINGS, 10, band(0, 1, 0), open(1, 100)),
                scored("teaching", 50));
    }

    static AssessmentSchemeDefined define(List<SchemeIndicator> indicators, List<Long> rewards) {
        return new AssessmentSchemeDefined(SCHEME, "330500", 2025, "湖州市教共体评估", indicators, rewards);
    }

    static AssessmentScheme defined() {
        return AssessmentScheme.NONE.apply(AssessmentScheme.NONE.decide(define(huzhou(), null)).get(0));
    }

    static AssessedCommunity community(String id, String core, String county) {
        return new AssessedCommunity(id, "community " + id, core, county);
    }
}

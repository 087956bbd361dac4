package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * 优质均衡 — the 2017 quality balance standard for a county at one stage. The county passes when the difference
 * coefficient of each of the seven {@link Indicator#quality() quality indicators} is within the stage's limit and
 * every school reaches at least {@code indicatorsToMeet} of the seven thresholds, with each threshold it misses
 * reached to at least {@code floorShare}.
 *
 * @param primaryCvLimit   highest coefficient allowed for primary schools, 0.50 by the standard
 * @param juniorCvLimit    highest coefficient allowed for junior schools, 0.45 by the standard
 * @param indicatorsToMeet thresholds each school must reach, 6 (of 7) by the standard
 * @param floorShare       share of its threshold a missed indicator must still reach, 0.85 by the standard
 */
public record QualityBalance(double primaryCvLimit, double juniorCvLimit, int indicatorsToMeet, double floorShare) {

    // Values come from decimal figures: a ratio exactly at a threshold or floor share in decimal can land a unit in
    // the last place below it in binary (38139.84 m² / 4674 students / 10.2 m² gives 0.7999999999999999).
    private static final double ROUNDING = 1e-9;

    /** One indicator's coefficient against its limit; not passed when it could not be computed. */
    public record IndicatorResult(Indicator indicator, OptionalDouble cv, double limit, boolean passed) {
    }

    /** A threshold a school missed: its value, the threshold, and the value as a share of the threshold. */
    public record Miss(Indicator indicator, double value, double threshold, double ratio) {
    }

    /** 学校达标情况 — how many thresholds a school met and which it missed. */
    public record SchoolResult(String schoolCode, int met, List<Miss> misses, boolean passed) {

        public SchoolResult {
            misses = List.copyOf(misses);
        }
    }

    /** 优质均衡评估结论 — the county's result, with the indicators and schools that make it fail. */
    public record Verdict(SchoolStage stage, boolean passed, List<IndicatorResult> indicators,
                          List<IndicatorResult> failingIndicators, List<SchoolResult> schools,
                          List<SchoolResult> failingSchools) {

        public Verdict {
            indicators = List.copyOf(indicators);
            failingIndicators = List.copyOf(failingIndicators);
            schools = List.copyOf(schools);
            failingSchools = List.copyOf(failingSchools);
        }
    }

    public QualityBalance {
        if (indicatorsToMeet < 0 || indicatorsToMeet > Indicator.quality().size()) {
            throw new IllegalArgumentException("indicatorsToMeet must lie in 0.." + Indicator.quality().size());
        }
    }

    /** The limits of the 2017 standard: 0.50 / 0.45, 6 of 7 thresholds, the remaining one at 85%. */
    public static QualityBalance standard() {
        return new QualityBalance(0.50, 0.45, 6, 0.85);
    }

    public double cvLimit(SchoolStage stage) {
        return stage == SchoolStage.PRIMARY ? primaryCvLimit : juniorCvLimit;
    }

    /** Judges the county from the statistics of its counted schools at {@code stage}. */
    public Verdict evaluate(SchoolStage stage, List<SchoolStatistics> schools) {
        List<IndicatorResult> indicators = Indicator.quality().stream()
                .map(indicator -> judge(indicator, DifferenceCoefficient.of(indicator, schools).cv(), cvLimit(stage)))
                .toList();
        List<SchoolResult> results = schools.stream().map(school -> judge(stage, school)).toList();
        List<IndicatorResult> failingIndicators = indicators.stream().filter(result -> !result.passed()).toList();
        List<SchoolResult> failingSchools = results.stream().filter(result -> !result.passed()).toList();
        return new Verdict(stage, failingIndicators.isEmpty() && failingSchools.isEmpty(), indicators,
                failingIndicators, results, failingSchools);
    }

    private static IndicatorResult judge(Indicator indicator, OptionalDouble cv, double limit) {
        return new IndicatorResult(indicator, cv, limit, cv.isPresent() && cv.getAsDouble() <= limit);
    }

    private SchoolResult judge(SchoolStage stage, SchoolStatistics school) {
        List<Miss> misses = new ArrayList<>();
        for (Indicator indicator : Indicator.quality()) {
            double value = school.perStudent(indicator);
            double threshold = indicator.qualityThreshold(stage).getAsDouble();
            double ratio = value / threshold;
            if (ratio < 1 - ROUNDING) {
                misses.add(new Miss(indicator, value, threshold, ratio));
            }
        }
        int met = Indicator.quality().size() - misses.size();
        boolean passed = met >= indicatorsToMeet
                && misses.stream().allMatch(miss -> miss.ratio() >= floorShare - ROUNDING);
        return new SchoolResult(school.schoolCode(), met, misses, passed);
    }
}

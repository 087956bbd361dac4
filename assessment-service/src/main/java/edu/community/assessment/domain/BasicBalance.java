package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * 基本均衡 — the 2012 basic balance standard for a county at one stage: the composite difference coefficient, the
 * mean of the coefficients of the eight {@link Indicator#basic() basic indicators}, must not exceed the stage's limit.
 *
 * @param primaryLimit highest composite allowed for primary schools, 0.65 by the standard
 * @param juniorLimit  highest composite allowed for junior schools, 0.55 by the standard
 */
public record BasicBalance(double primaryLimit, double juniorLimit) {

    /** 基本均衡评估结论 — the composite coefficient against its limit; not passed when it could not be computed. */
    public record Verdict(SchoolStage stage, OptionalDouble composite, double limit, boolean passed) {
    }

    /** The limits of the 2012 standard: 0.65 for primary, 0.55 for junior schools. */
    public static BasicBalance standard() {
        return new BasicBalance(0.65, 0.55);
    }

    public double limit(SchoolStage stage) {
        return stage == SchoolStage.PRIMARY ? primaryLimit : juniorLimit;
    }

    /**
     * 综合差异系数 — the mean of the eight basic indicators' coefficients; not computed when any of them is missing
     * from {@code coefficients} or not computed.
     */
    public static OptionalDouble composite(Map<Indicator, OptionalDouble> coefficients) {
        double sum = 0;
        for (Indicator indicator : Indicator.basic()) {
            OptionalDouble cv = coefficients.getOrDefault(indicator, OptionalDouble.empty());
            if (cv.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += cv.getAsDouble();
        }
        return OptionalDouble.of(sum / Indicator.basic().size());
    }

    /** Judges the county from the coefficients of the basic indicators. */
    public Verdict evaluate(SchoolStage stage, Map<Indicator, OptionalDouble> coefficients) {
        OptionalDouble composite = composite(coefficients);
        double limit = limit(stage);
        return new Verdict(stage, composite, limit, composite.isPresent() && composite.getAsDouble() <= limit);
    }

    /** Judges the county from the statistics of its counted schools at {@code stage}. */
    public Verdict evaluate(SchoolStage stage, List<SchoolStatistics> schools) {
        Map<Indicator, OptionalDouble> coefficients = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.basic()) {
            coefficients.put(indicator, DifferenceCoefficient.of(indicator, schools).cv());
        }
        return evaluate(stage, coefficients);
    }
}

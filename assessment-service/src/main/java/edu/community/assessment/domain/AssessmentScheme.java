package edu.community.assessment.domain;

import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.AssessmentMeasure;
import edu.community.contracts.assessment.AssessmentSchemeDefined;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.ScoringBand;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.store.StreamId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 评估方案 — a community assessment scheme for a school year within a division: indicators with weights adding up
 * to 100, measured ones with scoring bands, scored ones out of 100, and the stepped rewards by rank.
 *
 * @param defined the event that defined it; null before
 */
public record AssessmentScheme(AssessmentSchemeDefined defined) {

    public static final AssessmentScheme NONE = new AssessmentScheme(null);

    /** Zhengdong's stepped rewards (阶梯式奖励) for the top three, in yuan: the default. */
    public static final List<Long> DEFAULT_REWARDS = List.of(1_000_000L, 500_000L, 300_000L);

    public static EventStream<AssessmentScheme> stream(String schemeId) {
        return new EventStream<>(StreamId.of("assessment-scheme", schemeId), NONE, AssessmentScheme::apply);
    }

    public boolean exists() {
        return defined != null;
    }

    /**
     * The scheme, when it was defined.
     *
     * @throws RuleViolation {@code scheme.unknown} (404)
     */
    public AssessmentScheme requireDefined(String schemeId) {
        if (!exists()) {
            throw RuleViolation.notFound("scheme.unknown", "no scheme " + schemeId, Map.of("schemeId", schemeId));
        }
        return this;
    }

    /**
     * Defines the scheme; rewards default to {@link #DEFAULT_REWARDS}.
     *
     * @throws RuleViolation {@code scheme.already-defined}, or a rule of {@link #requireValid}
     */
    public List<AssessmentSchemeDefined> decide(AssessmentSchemeDefined define) {
        if (exists()) {
            throw RuleViolation.conflict("scheme.already-defined", "scheme " + define.schemeId() + " is defined",
                    Map.of("schemeId", define.schemeId()));
        }
        requireValid(define.indicators());
        List<Long> rewards = define.rewards() == null ? DEFAULT_REWARDS : define.rewards();
        requireStepped(rewards);
        return List.of(new AssessmentSchemeDefined(define.schemeId(), define.division(), define.schoolYear(),
                define.name(), define.indicators(), rewards));
    }

    public AssessmentScheme apply(Record event) {
        return event instanceof AssessmentSchemeDefined e ? new AssessmentScheme(e) : this;
    }

    /**
     * The indicator rules: {@code scheme.no-indicators}, {@code scheme.indicator-code-repeated},
     * {@code scheme.weight-not-positive}, {@code scheme.weights-not-100}, {@code scheme.measured-needs-measure},
     * {@code scheme.scored-has-measure}, {@code scheme.balance-needs-indicator}, {@code scheme.measured-needs-bands},
     * {@code scheme.scored-has-bands}, {@code scheme.bands-invalid}.
     */
    static void requireValid(List<SchemeIndicator> indicators) {
        if (indicators.isEmpty()) {
            throw RuleViolation.of("scheme.no-indicators", "a scheme has at least one indicator",
                    Map.of("field", "indicators"));
        }
        Set<String> codes = new HashSet<>();
        int weights = 0;
        for (SchemeIndicator indicator : indicators) {
            Map<String, Object> at = Map.of("field", "indicators", "code", indicator.code());
            if (!codes.add(indicator.code())) {
                throw RuleViolation.of("scheme.indicator-code-repeated", "indicator code " + indicator.code()
                        + " is used twice", at);
            }
            if (indicator.weight() <= 0) {
                throw RuleViolation.of("scheme.weight-not-positive", "indicator " + indicator.code()
                        + " has weight " + indicator.weight(), at);
            }
            weights += indicator.weight();
            if (indicator.kind() == AssessmentIndicatorKind.MEASURED) {
                requireMeasured(indicator, at);
            } else {
                if (indicator.measure() != null || indicator.balanceIndicator() != null || indicator.stage() != null) {
                    throw RuleViolation.of("scheme.scored-has-measure", "scored indicator " + indicator.code()
                            + " is scored by assessors and reads no measure", at);
                }
                if (!indicator.bands().isEmpty()) {
                    throw RuleViolation.of("scheme.scored-has-bands", "scored indicator " + indicator.code()
                            + " takes the assessors' score out of 100 as its points; it has no bands", at);
                }
            }
        }
        if (weights != 100) {
            throw RuleViolation.of("scheme.weights-not-100", "the weights add up to " + weights + ", not 100",
                    Map.of("field", "indicators", "weights", weights));
        }
    }

    private static void requireMeasured(SchemeIndicator indicator, Map<String, Object> at) {
        if (indicator.measure() == null) {
            throw RuleViolation.of("scheme.measured-needs-measure", "measured indicator " + indicator.code()
                    + " names no measure", at);
        }
        boolean named = indicator.measure() == AssessmentMeasure.BALANCE_CV
                ? indicator.balanceIndicator() != null && knownIndicator(indicator.balanceIndicator())
                        && indicator.stage() != null
                : indicator.balanceIndicator() == null && indicator.stage() == null;
        if (!named) {
            throw RuleViolation.of("scheme.balance-needs-indicator", "a BALANCE_CV indicator, and only it, names a"
                    + " balance indicator (" + List.of(Indicator.values()) + ") and a stage", at);
        }
        if (indicator.bands().isEmpty()) {
            throw RuleViolation.of("scheme.measured-needs-bands", "measured indicator " + indicator.code()
                    + " needs scoring bands", at);
        }
        Double previousEnd = null;
        for (ScoringBand band : indicator.bands()) {
            boolean ordered = previousEnd != null && band.from() >= previousEnd;
            boolean first = previousEnd == null;
            boolean sane = (band.to() == null || band.to() > band.from()) && band.points() >= 0 && band.points() <= 100;
            if (!sane || !(first || ordered)) {
                throw RuleViolation.of("scheme.bands-invalid", "bands of " + indicator.code() + " must ascend without"
                        + " overlap, each [from, to) with to above from, points 0 to 100; only the last may be open", at);
            }
            previousEnd = band.to() == null ? Double.POSITIVE_INFINITY : band.to();
        }
    }

    private static boolean knownIndicator(String name) {
        for (Indicator indicator : Indicator.values()) {
            if (indicator.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code rewards.not-stepped}: rewards are not negative and never increase with the rank. */
    public static void requireStepped(List<Long> rewards) {
        for (int i = 0; i < rewards.size(); i++) {
            if (rewards.get(i) < 0 || (i > 0 && rewards.get(i) > rewards.get(i - 1))) {
                throw RuleViolation.of("rewards.not-stepped", "rewards by rank must not be negative nor increase: "
                        + rewards, Map.of("field", "rewards"));
            }
        }
    }
}

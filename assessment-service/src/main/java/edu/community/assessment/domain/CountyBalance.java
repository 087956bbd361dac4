package edu.community.assessment.domain;

import edu.community.contracts.assessment.SchoolStage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 县域均衡 — a county's balance at one stage in one school year: which schools count, every indicator's difference
 * coefficient, and the verdicts of the quality (2017) and basic (2012) standards.
 *
 * @param included     codes of the schools the coefficients are computed over
 * @param excluded     schools left out, with why
 * @param coefficients every indicator's coefficient, in {@link Indicator} order
 */
public record CountyBalance(String countyCode, int schoolYear, SchoolStage stage, List<String> included,
                            List<Exclusions.ExcludedSchool> excluded, Map<Indicator, DifferenceCoefficient> coefficients,
                            QualityBalance.Verdict quality, BasicBalance.Verdict basic) {

    /** The configurable parts of the standards. */
    public record Rules(Exclusions exclusions, QualityBalance quality, BasicBalance basic) {

        public Rules {
            Objects.requireNonNull(exclusions, "exclusions");
            Objects.requireNonNull(quality, "quality");
            Objects.requireNonNull(basic, "basic");
        }

        public static Rules standard() {
            return new Rules(Exclusions.standard(), QualityBalance.standard(), BasicBalance.standard());
        }
    }

    public CountyBalance {
        included = List.copyOf(included);
        excluded = List.copyOf(excluded);
        coefficients = Collections.unmodifiableMap(new EnumMap<>(coefficients));
    }

    /**
     * Assesses the county from its schools' statistics for {@code stage} and {@code schoolYear}.
     *
     * @throws IllegalArgumentException when a school's statistics are for another stage or year, or a school
     *                                  appears twice
     */
    public static CountyBalance assess(String countyCode, int schoolYear, SchoolStage stage,
                                       List<BalanceSchool> schools, Rules rules) {
        Objects.requireNonNull(countyCode, "countyCode");
        requireOneRecordPerSchool(schoolYear, stage, schools);
        Exclusions.Split split = rules.exclusions().split(schools);
        List<SchoolStatistics> counted = split.included().stream().map(BalanceSchool::statistics).toList();
        Map<Indicator, DifferenceCoefficient> coefficients = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            coefficients.put(indicator, DifferenceCoefficient.of(indicator, counted));
        }
        return new CountyBalance(countyCode, schoolYear, stage,
                counted.stream().map(SchoolStatistics::schoolCode).toList(), split.excluded(), coefficients,
                rules.quality().evaluate(stage, counted), rules.basic().evaluate(stage, counted));
    }

    private static void requireOneRecordPerSchool(int schoolYear, SchoolStage stage, List<BalanceSchool> schools) {
        Set<String> seen = new HashSet<>();
        for (BalanceSchool school : schools) {
            SchoolStatistics statistics = school.statistics();
            if (statistics.stage() != stage || statistics.schoolYear() != schoolYear) {
                throw new IllegalArgumentException(statistics.schoolCode() + ": statistics for " + statistics.stage()
                        + " " + statistics.schoolYear() + " in an assessment of " + stage + " " + schoolYear);
            }
            if (!seen.add(statistics.schoolCode())) {
                throw new IllegalArgumentException(statistics.schoolCode() + " appears twice");
            }
        }
    }
}

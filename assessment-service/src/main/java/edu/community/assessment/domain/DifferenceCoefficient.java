package edu.community.assessment.domain;

import java.util.List;
import java.util.OptionalDouble;

/**
 * 校际差异系数 — inter-school difference coefficient of one indicator over the schools of a county at one stage:
 * the student-weighted standard deviation of the schools' values divided by the county ratio,
 * {@code CV = sqrt(Σ (n_i/N)(x_i − x̄)²) / x̄}. Both are empty when there is no school to compute over.
 *
 * @param schools     how many schools it is computed over
 * @param countyRatio x̄, the county's total divided by the county's students (not the mean of the school values)
 * @param cv          the coefficient
 */
public record DifferenceCoefficient(int schools, OptionalDouble countyRatio, OptionalDouble cv) {

    /** One school's part: its students and its total of the indicator, in the indicator's unit. */
    public record Share(int students, double total) {

        public Share {
            if (students < 1) {
                throw new IllegalArgumentException("a school in a coefficient has at least one student: " + students);
            }
            if (!(total >= 0) || Double.isInfinite(total)) {
                throw new IllegalArgumentException("a school's total must be a non-negative number: " + total);
            }
        }

        double value() {
            return total / students;
        }
    }

    /** Computes the coefficient over {@code shares}; not computed over no share at all. */
    public static DifferenceCoefficient of(List<Share> shares) {
        if (shares.isEmpty()) {
            return new DifferenceCoefficient(0, OptionalDouble.empty(), OptionalDouble.empty());
        }
        double students = shares.stream().mapToDouble(Share::students).sum();
        double ratio = shares.stream().mapToDouble(Share::total).sum() / students;
        if (ratio == 0) {
            // Totals are never negative, so a zero county ratio means every school has nothing: no difference.
            return new DifferenceCoefficient(shares.size(), OptionalDouble.of(0), OptionalDouble.of(0));
        }
        double variance = shares.stream()
                .mapToDouble(share -> share.students() / students * Math.pow(share.value() - ratio, 2))
                .sum();
        return new DifferenceCoefficient(shares.size(), OptionalDouble.of(ratio),
                OptionalDouble.of(Math.sqrt(variance) / ratio));
    }

    /** Computes the coefficient of {@code indicator} over the schools of {@code statistics}. */
    public static DifferenceCoefficient of(Indicator indicator, List<SchoolStatistics> statistics) {
        return of(statistics.stream()
                .map(school -> new Share(school.students(), indicator.basis().scaled(indicator.totalOf(school))))
                .toList());
    }

    public boolean computed() {
        return cv.isPresent();
    }
}

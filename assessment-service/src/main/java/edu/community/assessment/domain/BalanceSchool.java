package edu.community.assessment.domain;

import java.util.Objects;

/**
 * 参评学校 — a school's statistics for one stage together with what decides whether it counts in the county's
 * coefficients at all.
 *
 * @param specialEducation 特殊教育学校
 * @param vocational       职业学校
 * @param teachingPoint    教学点
 */
public record BalanceSchool(SchoolStatistics statistics, boolean specialEducation, boolean vocational,
                            boolean teachingPoint) {

    public BalanceSchool {
        Objects.requireNonNull(statistics, "statistics");
    }

    /** An ordinary school: neither special-education nor vocational nor a teaching point. */
    public static BalanceSchool regular(SchoolStatistics statistics) {
        return new BalanceSchool(statistics, false, false, false);
    }

    public String schoolCode() {
        return statistics.schoolCode();
    }
}

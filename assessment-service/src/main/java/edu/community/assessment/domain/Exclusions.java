package edu.community.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 不参与计算的学校 — which schools the county's coefficients leave out: special-education schools, vocational
 * schools and teaching points with fewer than {@code minTeachingPointStudents} students.
 */
public record Exclusions(int minTeachingPointStudents) {

    /** Why a school is left out; {@link #code()} is the stable code callers may rely on. */
    public enum Reason {
        /** 特殊教育学校 */
        SPECIAL_EDUCATION("special-education"),
        /** 职业学校 */
        VOCATIONAL("vocational"),
        /** 不足规定人数的教学点 */
        SMALL_TEACHING_POINT("small-teaching-point");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A school left out, and why. */
    public record ExcludedSchool(String schoolCode, Reason reason) {
    }

    /** The schools that count and those left out, each in the order given. */
    public record Split(List<BalanceSchool> included, List<ExcludedSchool> excluded) {

        public Split {
            included = List.copyOf(included);
            excluded = List.copyOf(excluded);
        }
    }

    public Exclusions {
        if (minTeachingPointStudents < 0) {
            throw new IllegalArgumentException("minTeachingPointStudents cannot be negative: " + minTeachingPointStudents);
        }
    }

    /** Teaching points with fewer than 50 students are left out. */
    public static Exclusions standard() {
        return new Exclusions(50);
    }

    /** Why {@code school} is left out, or empty when it counts. The first matching reason wins. */
    public Optional<Reason> reasonToExclude(BalanceSchool school) {
        if (school.specialEducation()) {
            return Optional.of(Reason.SPECIAL_EDUCATION);
        }
        if (school.vocational()) {
            return Optional.of(Reason.VOCATIONAL);
        }
        if (school.teachingPoint() && school.statistics().students() < minTeachingPointStudents) {
            return Optional.of(Reason.SMALL_TEACHING_POINT);
        }
        return Optional.empty();
    }

    public Split split(List<BalanceSchool> schools) {
        List<BalanceSchool> included = new ArrayList<>();
        List<ExcludedSchool> excluded = new ArrayList<>();
        for (BalanceSchool school : schools) {
            reasonToExclude(school).ifPresentOrElse(
                    reason -> excluded.add(new ExcludedSchool(school.schoolCode(), reason)),
                    () -> included.add(school));
        }
        return new Split(included, excluded);
    }
}

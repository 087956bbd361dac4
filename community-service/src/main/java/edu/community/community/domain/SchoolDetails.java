package edu.community.community.domain;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import java.util.Objects;

/**
 * 学校基本信息 — what the register holds about a school besides its code and county.
 *
 * @param ownership        public (公办) or private (民办)
 * @param legalEntity      unified social credit code (统一社会信用代码) of its legal entity; null when unknown
 * @param specialEducation a special-education school (特殊教育学校)
 * @param vocational       a vocational school (职业学校)
 * @param teachingPoint    a teaching point (教学点), not a full school
 */
public record SchoolDetails(
        String name,
        SchoolClassification classification,
        SchoolLevel level,
        SchoolOwnership ownership,
        String legalEntity,
        int enrolment,
        boolean specialEducation,
        boolean vocational,
        boolean teachingPoint) {

    public SchoolDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(ownership, "ownership");
        if (enrolment < 0) {
            throw new IllegalArgumentException("enrolment cannot be negative");
        }
    }
}

package edu.community.contracts.staffing.careers;

/**
 * 轮岗政策 — the locality's values of rules 4 and 5.
 *
 * @param teacherYears      consecutive years at one school after which a teacher is eligible (default 6)
 * @param principalTermYears length of a principal's term (default 3)
 * @param principalTerms    consecutive terms after which a principal is eligible (default 2)
 * @param backboneBase      the base of the backbone ratio: the rotated (national) or the eligible
 */
public record RotationPolicy(int teacherYears, int principalTermYears, int principalTerms, Base backboneBase) {

    /** The base of the backbone ratio (骨干教师交流比例的基数). */
    public enum Base {
        ROTATED,
        ELIGIBLE
    }

    public static RotationPolicy national() {
        return new RotationPolicy(6, 3, 2, Base.ROTATED);
    }
}

package edu.community.contracts.community;

/**
 * 公办义务教育学校 — which schools count as public compulsory schools, the base of coverage: public, teaching
 * compulsory education (primary, junior or nine-year), neither special-education nor vocational.
 */
public final class PublicCompulsorySchools {

    private PublicCompulsorySchools() {
    }

    public static boolean includes(SchoolLevel level, SchoolOwnership ownership, boolean specialEducation,
                                   boolean vocational) {
        return ownership == SchoolOwnership.PUBLIC && level.isCompulsory() && !specialEducation && !vocational;
    }
}

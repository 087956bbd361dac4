package edu.community.assessment.domain;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import java.util.EnumSet;
import java.util.Set;

/** What the report needs to know of a school's details (学校基本信息) as they stood on a date. */
public record SchoolProfile(String name, SchoolClassification classification, SchoolLevel level,
                            SchoolOwnership ownership, boolean specialEducation, boolean vocational,
                            boolean teachingPoint) {

    private static final Set<SchoolLevel> COMPULSORY = EnumSet.of(SchoolLevel.PRIMARY, SchoolLevel.JUNIOR,
            SchoolLevel.NINE_YEAR);

    public boolean isPublic() {
        return ownership == SchoolOwnership.PUBLIC;
    }

    /** 公办义务教育学校: public, primary, junior or nine-year, not special-education or vocational. */
    public boolean isPublicCompulsory() {
        return isPublic() && COMPULSORY.contains(level) && !specialEducation && !vocational;
    }
}

package edu.community.assessment.domain;

import edu.community.contracts.community.PublicCompulsorySchools;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;

/** What the report needs to know of a school's details (学校基本信息) as they stood on a date. */
public record SchoolProfile(String name, SchoolClassification classification, SchoolLevel level,
                            SchoolOwnership ownership, boolean specialEducation, boolean vocational,
                            boolean teachingPoint) {

    public boolean isPublic() {
        return ownership == SchoolOwnership.PUBLIC;
    }

    /** 公办义务教育学校, as {@link PublicCompulsorySchools} defines it. */
    public boolean isPublicCompulsory() {
        return PublicCompulsorySchools.includes(level, ownership, specialEducation, vocational);
    }
}

package edu.community.contracts.staffing.careers;

import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 学校与教共体 — what the rules need to know about schools and communities, from community-service's events:
 * effective-dated, so that a question about a past date gets the facts of that date.
 */
public interface SchoolFacts {

    /** The county-level division of a known school; empty when the school is not known. */
    Optional<String> countyOf(String school);

    /** The classification history of a school (城乡类别), each from its effective date. */
    List<Dated<SchoolClassification>> classifications(String school);

    /** The active communities the school belongs to (as core or member) on the date. */
    List<Membership> communitiesOn(String school, LocalDate on);

    default Optional<SchoolClassification> classificationOn(String school, LocalDate on) {
        return Dated.on(classifications(school), on);
    }

    /** A school's place in one community on a date. */
    record Membership(String communityId, CommunityModel model, boolean core) {
    }
}

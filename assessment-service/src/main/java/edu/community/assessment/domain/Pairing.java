package edu.community.assessment.domain;

import edu.community.reference.SupportCategory;
import edu.community.reference.SupportCounties;
import java.util.Optional;

/**
 * 结对 — a member school paired with its community's core school: cross-region when the member lies in another
 * county than the core, and into a mountainous or island county when the member's county was listed so on the
 * date of the event that made the pairing (rule 10), never on today's list.
 */
public record Pairing(boolean crossRegion, Optional<SupportCategory> supportCategory) {

    public static Pairing of(CommunityOnDate community, SchoolOnDate member, MembershipOnDate membership,
                             SupportCounties supportCounties) {
        boolean crossRegion = community.coreCounty() != null && !community.coreCounty().equals(member.county());
        return new Pairing(crossRegion, crossRegion
                ? supportCounties.categoryOn(member.county(), membership.since()) : Optional.empty());
    }
}

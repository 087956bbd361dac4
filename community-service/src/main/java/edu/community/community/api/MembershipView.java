package edu.community.community.api;

import edu.community.community.projection.CommunityRegister;
import edu.community.contracts.community.CommunityModel;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stretch of time a school belonged to a community. */
@Schema(name = "Membership")
public record MembershipView(
        String communityId,
        String communityName,
        CommunityModel model,
        @Schema(description = "CORE or MEMBER") String role,
        LocalDate from,
        @Schema(description = "The first day the school no longer belonged; absent while it does") LocalDate to) {

    static MembershipView of(CommunityRegister.Membership membership) {
        return new MembershipView(membership.communityId(), membership.communityName(), membership.model(),
                membership.role(), membership.from(), membership.to());
    }
}

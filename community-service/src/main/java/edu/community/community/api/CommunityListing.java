package edu.community.community.api;

import edu.community.community.projection.CommunityRegister;
import edu.community.contracts.community.CommunityModel;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community in a list of communities. */
@Schema(name = "CommunityListing")
public record CommunityListing(
        String communityId,
        String name,
        CommunityModel model,
        String coreSchool,
        @Schema(description = "ACTIVE or DISSOLVED") String status,
        LocalDate formedOn,
        LocalDate dissolvedOn,
        @Schema(description = "Stream version") int version) {

    static CommunityListing of(CommunityRegister.Listed listed) {
        return new CommunityListing(listed.communityId(), listed.name(), listed.model(), listed.coreSchool(),
                listed.status(), listed.formedOn(), listed.dissolvedOn(), listed.version());
    }
}

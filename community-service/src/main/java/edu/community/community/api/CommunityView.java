package edu.community.community.api;

import edu.community.community.domain.Community;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.GroupType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community as the API shows it, now or as of a date. */
@Schema(name = "Community")
public record CommunityView(
        String communityId,
        String name,
        CommunityModel model,
        GroupType groupType,
        String coreSchool,
        List<String> members,
        Agreement agreement,
        @Schema(description = "ACTIVE or DISSOLVED") Community.Status status,
        LocalDate formedOn,
        LocalDate dissolvedOn,
        @Schema(description = "The date the view is for, when asked with ?asOf=") LocalDate asOf,
        @Schema(description = "Stream version; also the ETag") int version) {

    static CommunityView of(Community c, LocalDate asOf, int version) {
        return new CommunityView(c.id().toString(), c.name(), c.model(), c.groupType(), c.core(),
                c.members().stream().sorted().toList(), c.agreement(), c.status(), c.formedOn(), c.dissolvedOn(),
                asOf, version);
    }
}

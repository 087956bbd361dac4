package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 核心校变更 — another school became the core school. */
@EventContract(topic = Topics.COMMUNITY, name = "CoreSchoolChanged", version = 1,
        description = "Another school became the core school; the previous core left, and a member that became core is no longer a member.")
public record CoreSchoolChanged(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("School code of the new core school")
        String coreSchool,
        @JsonPropertyDescription("School code of the core school before")
        String previousCoreSchool,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 教共体解散 — a community was dissolved. */
@EventContract(topic = Topics.COMMUNITY, name = "CommunityDissolved", version = 1,
        description = "A community was dissolved; its schools are free to join others.")
public record CommunityDissolved(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("Why it was dissolved")
        @Optional
        String reason,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

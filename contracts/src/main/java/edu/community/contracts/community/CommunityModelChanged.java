package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 模式变更 — a community changed its model. */
@EventContract(topic = Topics.COMMUNITY, name = "CommunityModelChanged", version = 1,
        description = "A community changed its model, e.g. co-construction became integrated when members merged into one legal entity.")
public record CommunityModelChanged(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("The model from now on")
        CommunityModel model,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

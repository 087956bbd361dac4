package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 成员校加入 — a school joined a community as a member. */
@EventContract(topic = Topics.COMMUNITY, name = "MemberJoined", version = 1,
        description = "A school joined a community as a member.")
public record MemberJoined(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("School code of the joining member")
        String schoolCode,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

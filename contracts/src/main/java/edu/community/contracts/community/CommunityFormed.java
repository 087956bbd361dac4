package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 教共体组建 — an education community was formed. */
@EventContract(topic = Topics.COMMUNITY, name = "CommunityFormed", version = 1,
        description = "An education community was formed with its core school, members and signed agreement.")
public record CommunityFormed(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("Name of the community")
        String name,
        @JsonPropertyDescription("Integrated, co-construction or collaborative (共同体模式)")
        CommunityModel model,
        @JsonPropertyDescription("Kind of education group, where the community is run as one (集团化办学类型)")
        @Optional
        GroupType groupType,
        @JsonPropertyDescription("School code of the core school (核心校)")
        String coreSchool,
        @JsonPropertyDescription("School codes of the member schools (成员校)")
        List<String> members,
        @JsonPropertyDescription("The signed agreement (协议)")
        Agreement agreement,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

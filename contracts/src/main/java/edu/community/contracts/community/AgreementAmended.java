package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 协议修订 — the agreement was amended. */
@EventContract(topic = Topics.COMMUNITY, name = "AgreementAmended", version = 1,
        description = "The goals or content of a community agreement were amended.")
public record AgreementAmended(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("Shared goals from now on")
        String goals,
        @JsonPropertyDescription("Content and path from now on")
        String content,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 协议续签 — the agreement was renewed. */
@EventContract(topic = Topics.COMMUNITY, name = "AgreementRenewed", version = 1,
        description = "The agreement of a community was renewed until a later end of term.")
public record AgreementRenewed(
        @JsonPropertyDescription("Id of the community (UUID); the stream id is community-<communityId>")
        String communityId,
        @JsonPropertyDescription("The new last day of the term")
        LocalDate termEnd,
        @JsonPropertyDescription("The date from which this holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

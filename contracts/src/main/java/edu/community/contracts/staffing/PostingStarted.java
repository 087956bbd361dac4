package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动开始 — an approved posting started. */
@EventContract(topic = Topics.STAFFING, name = "PostingStarted", version = 1,
        description = "An approved posting started: the person serves at the destination school from the effective date.")
public record PostingStarted(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Subject (opaque id) of the official who decided")
        String decidedBy,
        @JsonPropertyDescription("The first day at the destination school")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动审批通过 — a proposed posting was approved. */
@EventContract(topic = Topics.STAFFING, name = "PostingApproved", version = 1,
        description = "A proposed posting was approved by an officer whose division covers the origin and the destination.")
public record PostingApproved(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Subject (opaque id) of the official who decided")
        String decidedBy,
        @JsonPropertyDescription("Why")
        String reason,
        @JsonPropertyDescription("The date of approval")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动审批不通过 — a proposed posting was rejected. */
@EventContract(topic = Topics.STAFFING, name = "PostingRejected", version = 1,
        description = "A proposed posting was rejected by an officer whose division covers the origin and the destination.")
public record PostingRejected(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Subject (opaque id) of the official who decided")
        String decidedBy,
        @JsonPropertyDescription("Why")
        String reason,
        @JsonPropertyDescription("The date of rejection")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动取消 — a posting was cancelled before it started. */
@EventContract(topic = Topics.STAFFING, name = "PostingCancelled", version = 1,
        description = "A proposed or approved posting was cancelled before it started.")
public record PostingCancelled(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Subject (opaque id) of the official who decided")
        String decidedBy,
        @JsonPropertyDescription("Why")
        String reason,
        @JsonPropertyDescription("The date of cancellation")
        LocalDate effectiveDate) implements EffectiveDated {
}

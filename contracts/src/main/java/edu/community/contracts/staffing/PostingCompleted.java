package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动期满 — a posting ended as planned. */
@EventContract(topic = Topics.STAFFING, name = "PostingCompleted", version = 1,
        description = "A posting ended as planned; the person returns to the origin school, unless the posting is recorded as a transfer to the destination.")
public record PostingCompleted(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Subject (opaque id) of the official who decided")
        String decidedBy,
        @JsonPropertyDescription("The person stays at the destination school as a transfer (调动) from the day after the posting")
        boolean recordedAsTransfer,
        @JsonPropertyDescription("The last day of the posting")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动提前结束 — a started posting ended before its planned end. */
@EventContract(topic = Topics.STAFFING, name = "PostingEndedEarly", version = 1,
        description = "A started posting ended before its planned end; the person returns to the origin school.")
public record PostingEndedEarly(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Subject (opaque id) of the official who decided")
        String decidedBy,
        @JsonPropertyDescription("Why")
        String reason,
        @JsonPropertyDescription("The last day of the posting")
        LocalDate effectiveDate) implements EffectiveDated {
}

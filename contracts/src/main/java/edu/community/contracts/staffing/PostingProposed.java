package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 流动申请 — a posting of a member of staff to another school was proposed. The stream id is {@code posting-<postingId>}. */
@EventContract(topic = Topics.STAFFING, name = "PostingProposed", version = 1,
        description = "A posting (交流轮岗, 支教, 跟岗学习 or 挂职) of a member of staff from the origin school to a destination school was proposed, with its planned dates.")
public record PostingProposed(
        @JsonPropertyDescription("Id of the posting (UUID); the stream id is posting-<postingId>")
        String postingId,
        @JsonPropertyDescription("Opaque id of the member of staff (UUID)")
        String staffId,
        @JsonPropertyDescription("Kind of posting (流动类别)")
        PostingKind kind,
        @JsonPropertyDescription("School code of the origin school: the person's school on the planned start")
        String originSchool,
        @JsonPropertyDescription("School code of the destination school")
        String destinationSchool,
        @JsonPropertyDescription("First day of the posting as planned")
        LocalDate plannedStart,
        @JsonPropertyDescription("Last day of the posting as planned")
        LocalDate plannedEnd,
        @JsonPropertyDescription("Subject (opaque id) of the official who proposed it")
        String decidedBy,
        @JsonPropertyDescription("Why it is proposed")
        String reason,
        @JsonPropertyDescription("The date it was proposed")
        LocalDate effectiveDate) implements EffectiveDated {
}

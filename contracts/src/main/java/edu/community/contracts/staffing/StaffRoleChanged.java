package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 岗位变动 — a member of staff holds another post at the same school (e.g. a teacher appointed principal). */
@EventContract(topic = Topics.STAFFING, name = "StaffRoleChanged", version = 1,
        description = "A member of staff holds another post (岗位) at the same school from the effective date.")
public record StaffRoleChanged(
        @JsonPropertyDescription("Opaque id of the member of staff (UUID)")
        String staffId,
        @JsonPropertyDescription("School code of the school, where the person stays")
        String schoolCode,
        @JsonPropertyDescription("The post held from the effective date")
        StaffRole role,
        @JsonPropertyDescription("The date from which the post is held")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 教职工调动 — a member of staff moved to another school for good. */
@EventContract(topic = Topics.STAFFING, name = "StaffTransferred", version = 1,
        description = "A member of staff was transferred (调动) to another school, with the post held there.")
public record StaffTransferred(
        @JsonPropertyDescription("Opaque id of the member of staff (UUID)")
        String staffId,
        @JsonPropertyDescription("School code of the school left")
        String fromSchool,
        @JsonPropertyDescription("School code of the new school of appointment")
        String toSchool,
        @JsonPropertyDescription("Post at the new school (岗位)")
        StaffRole role,
        @JsonPropertyDescription("The date of appointment at the new school")
        LocalDate effectiveDate) implements EffectiveDated {
}

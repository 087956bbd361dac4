package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 骨干级别变更 — a member of staff is recognised at another backbone level. */
@EventContract(topic = Topics.STAFFING, name = "StaffBackboneChanged", version = 1,
        description = "A member of staff is recognised at another backbone-teacher level (骨干教师级别) from the effective date.")
public record StaffBackboneChanged(
        @JsonPropertyDescription("Opaque id of the member of staff (UUID)")
        String staffId,
        @JsonPropertyDescription("The backbone level from the effective date")
        BackboneLevel backbone,
        @JsonPropertyDescription("The date from which the level holds")
        LocalDate effectiveDate) implements EffectiveDated {
}

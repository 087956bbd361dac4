package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 离职 — a member of staff left the service. */
@EventContract(topic = Topics.STAFFING, name = "StaffLeft", version = 1,
        description = "A member of staff left the service (离职、退休) on the effective date.")
public record StaffLeft(
        @JsonPropertyDescription("Opaque id of the member of staff (UUID)")
        String staffId,
        @JsonPropertyDescription("Why (retired, resigned, moved out of the province, ...)")
        String reason,
        @JsonPropertyDescription("The first day no longer in service")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 职称变更 — a member of staff holds another professional title. */
@EventContract(topic = Topics.STAFFING, name = "StaffTitleChanged", version = 1,
        description = "A member of staff holds another professional title (职称) from the effective date.")
public record StaffTitleChanged(
        @JsonPropertyDescription("Opaque id of the member of staff (UUID)")
        String staffId,
        @JsonPropertyDescription("The professional title held from the effective date")
        ProfessionalTitle title,
        @JsonPropertyDescription("The date from which the title is held")
        LocalDate effectiveDate) implements EffectiveDated {
}

package edu.community.staffing.api;

import edu.community.contracts.staffing.ProfessionalTitle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/staff/{staffId}/title}. */
@Schema(name = "TitleChange", description = "职称变更 — the title held from a date")
public record TitleRequest(@NotNull ProfessionalTitle title, @NotNull LocalDate effectiveDate) {
}

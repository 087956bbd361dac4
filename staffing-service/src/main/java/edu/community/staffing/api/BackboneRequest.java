package edu.community.staffing.api;

import edu.community.contracts.staffing.BackboneLevel;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/staff/{staffId}/backbone}. */
@Schema(name = "BackboneChange", description = "骨干级别变更 — the backbone level from a date")
public record BackboneRequest(@NotNull BackboneLevel backbone, @NotNull LocalDate effectiveDate) {
}

package edu.community.staffing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/staff/{staffId}/leaving}. */
@Schema(name = "Leave", description = "离职 — the first day no longer in service")
public record LeaveRequest(
        @Schema(description = "Why (retired, resigned, ...)") @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate effectiveDate) {
}

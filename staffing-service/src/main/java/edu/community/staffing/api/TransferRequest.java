package edu.community.staffing.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.staffing.StaffRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/staff/{staffId}/transfers}. */
@Schema(name = "Transfer", description = "调动 — appointed at another school from a date (backdating allowed)")
public record TransferRequest(
        @Schema(description = "School code of the new school", example = "3301270002")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String toSchool,
        @NotNull StaffRole role,
        @NotNull LocalDate effectiveDate) {
}

package edu.community.staffing.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.staffing.PostingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/postings}. */
@Schema(name = "ProposePosting", description = "流动申请 — a posting of a member of staff from the school of appointment "
        + "on the start (the origin) to a destination school")
public record ProposePostingRequest(
        @Schema(description = "Opaque staff id (UUID)")
        @NotNull @Pattern(regexp = StaffRequests.UUID_PATTERN, message = "must be a UUID") String staffId,
        @NotNull PostingKind kind,
        @Schema(description = "School code of the destination school", example = "3301270002")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String destinationSchool,
        @Schema(description = "First day at the destination, as planned") @NotNull LocalDate plannedStart,
        @Schema(description = "Last day at the destination, as planned") @NotNull LocalDate plannedEnd,
        @Schema(description = "Why it is proposed") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "The date of the proposal") @NotNull LocalDate effectiveDate) {
}

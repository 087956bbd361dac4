package edu.community.staffing.api;

import edu.community.contracts.staffing.MentorshipMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/mentorships}. */
@Schema(name = "PairMentorship", description = "师徒结对 — a mentor and an apprentice from a date")
public record PairRequest(
        @Schema(description = "Opaque staff id of the mentor (师傅)")
        @NotNull @Pattern(regexp = StaffRequests.UUID_PATTERN, message = "must be a UUID") String mentorId,
        @Schema(description = "Opaque staff id of the apprentice (徒弟)")
        @NotNull @Pattern(regexp = StaffRequests.UUID_PATTERN, message = "must be a UUID") String apprenticeId,
        @NotNull MentorshipMode mode,
        @Schema(description = "The first day of the pairing") @NotNull LocalDate effectiveDate) {
}

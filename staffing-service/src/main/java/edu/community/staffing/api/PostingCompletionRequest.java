package edu.community.staffing.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/postings/{postingId}/completion}. */
@Schema(name = "PostingCompletion", description = "流动期满 — the last day; a rotation may be recorded as a transfer")
public record PostingCompletionRequest(
        @Schema(description = "The person stays at the destination (调动) from the next day; rotations only")
        @NotNull Boolean recordedAsTransfer,
        @Schema(description = "The last day at the destination") @NotNull LocalDate effectiveDate) {
}

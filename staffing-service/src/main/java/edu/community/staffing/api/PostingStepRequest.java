package edu.community.staffing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a step of a posting that needs a reason: approval, rejection, early end, cancellation. */
@Schema(name = "PostingDecision", description = "A step of a posting: its date and why")
public record PostingStepRequest(
        @Schema(description = "Why") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "The date of the step") @NotNull LocalDate effectiveDate) {
}

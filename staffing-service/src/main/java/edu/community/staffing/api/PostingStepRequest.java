package edu.community.staffing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a step that needs a reason: a posting's approval, rejection, early end, cancellation; a pair's end. */
@Schema(name = "DatedReason", description = "A step of a posting or a pair: its date and why")
public record PostingStepRequest(
        @Schema(description = "Why") @NotBlank @Size(max = 500) String reason,
        @Schema(description = "The date of the step") @NotNull LocalDate effectiveDate) {
}

package edu.community.exchange.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/activities/{id}/cancellation}. */
@Schema(name = "CancelActivity", description = "活动取消 — with the reason")
public record CancelActivityRequest(
        @Schema(description = "Why it is cancelled")
        @NotBlank @Size(max = 500)
        String reason) {
}

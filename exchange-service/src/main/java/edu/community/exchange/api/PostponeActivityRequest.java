package edu.community.exchange.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/activities/{id}/postponement}. */
@Schema(name = "PostponeActivity", description = "活动延期 — a later date for a planned activity")
public record PostponeActivityRequest(
        @NotNull
        LocalDate newDate,
        @Schema(description = "Why it is postponed")
        @Size(max = 500)
        String reason) {
}

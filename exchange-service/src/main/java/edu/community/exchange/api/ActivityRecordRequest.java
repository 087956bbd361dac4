package edu.community.exchange.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/activities/{id}/record} (held) and {@code PUT} of the same (a correction,
 * whose reason is kept).
 */
@Schema(name = "ActivityRecord", description = "活动记录 — when it was held, how long, who took part per school and grade")
public record ActivityRecordRequest(
        @Schema(description = "The day it was held; may be in the past (a late record)")
        @NotNull
        LocalDate heldOn,
        @Schema(description = "How long it lasted, in minutes (activity.duration-out-of-bounds outside the bounds)",
                example = "180")
        @NotNull
        Integer durationMinutes,
        @NotNull @Size(max = 500)
        List<@Valid @NotNull ParticipantRequest> participants,
        @Schema(description = "Why the record is corrected; only on a correction")
        @Size(max = 500)
        String reason) {
}

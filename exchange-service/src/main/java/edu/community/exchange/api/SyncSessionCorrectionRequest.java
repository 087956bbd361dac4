package edu.community.exchange.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/sync-series/{id}/sessions/{date}}. */
@Schema(name = "SyncSessionCorrection", description = "更正课堂记录 — the lesson as it really was")
public record SyncSessionCorrectionRequest(
        @NotNull @Size(max = 100)
        List<@Valid @NotNull ClassroomSessionRequest> classrooms,
        @Schema(description = "Why the record is corrected") @Size(max = 500)
        String reason) {
}

package edu.community.exchange.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/sync-series/{id}/sessions}. */
@Schema(name = "SyncSession", description = "同步课堂记录 — one lesson, every receiving classroom once")
public record SyncSessionRequest(
        @Schema(description = "The lesson's date; may be in the past (a late record)") @NotNull
        LocalDate date,
        @NotNull @Size(max = 100)
        List<@Valid @NotNull ClassroomSessionRequest> classrooms) {
}

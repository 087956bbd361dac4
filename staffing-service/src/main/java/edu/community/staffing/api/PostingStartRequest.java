package edu.community.staffing.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/postings/{postingId}/start}. */
@Schema(name = "PostingStart", description = "流动开始 — the first day at the destination")
public record PostingStartRequest(@NotNull LocalDate effectiveDate) {
}

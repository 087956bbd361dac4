package edu.community.community.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/schools/{schoolCode}/closure}. */
@Schema(name = "CloseSchool", description = "学校撤销 — close a school from a date on")
public record CloseSchoolRequest(
        @Schema(description = "Date the school is closed from; today (Asia/Shanghai) when left out")
        LocalDate effectiveDate,
        @Schema(description = "Why it closes, e.g. merged into another school") @Size(max = 500)
        String reason) {
}

package edu.community.community.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/schools/{schoolCode}/reopening}. */
@Schema(name = "ReopenSchool", description = "学校恢复 — open a closed school again from a date on")
public record ReopenSchoolRequest(
        @Schema(description = "Date the school is open again from; today (Asia/Shanghai) when left out")
        LocalDate effectiveDate) {
}

package edu.community.exchange.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.exchange.domain.Term;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/sync-series}. */
@Schema(name = "PlanSyncSeries", description = "同步课堂 — a weekly lesson taught live to receiving classrooms for a term")
public record PlanSyncSeriesRequest(
        @NotNull @Pattern(regexp = ActivityRequests.UUID, message = "must be a UUID")
        String communityId,
        @Schema(example = "数学") @NotBlank @Size(max = 50)
        String subject,
        @Schema(description = "Grade 1 to 12 (sync-series.grade-out-of-range otherwise)", example = "5") @NotNull
        Integer grade,
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
        String teachingSchool,
        @Schema(description = "Opaque staff id of the teacher; never a name", example = "staff-3f2a")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be an opaque id of letters, digits, '.', '_' or '-'")
        String teacherId,
        @NotNull @Size(max = 100)
        List<@Valid @NotNull ClassroomRequest> receivingClassrooms,
        @NotNull
        DayOfWeek weekday,
        @Schema(description = "Minutes of one lesson", example = "40") @NotNull
        Integer lessonMinutes,
        @Schema(description = "2026-AUTUMN or 2027-SPRING", example = "2026-AUTUMN")
        @NotNull @Pattern(regexp = Term.PATTERN, message = "must be like 2026-AUTUMN or 2027-SPRING")
        String term,
        @Schema(description = "The first day of the series, within the term") @NotNull
        LocalDate firstDay) {
}

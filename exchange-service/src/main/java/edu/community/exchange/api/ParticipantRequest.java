package edu.community.exchange.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.exchange.ParticipantCount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Students of one grade of one school; the ranges are the domain's rules, answered with their own codes. */
@Schema(name = "ParticipantCount", description = "参与人数 — students of one grade of one school, counted, never named")
public record ParticipantRequest(
        @Schema(description = "10-digit national school identification code (学校标识码)", example = "3301270002")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
        String schoolCode,
        @Schema(description = "Grade 1 to 12 (activity.grade-out-of-range otherwise)", example = "5")
        @NotNull
        Integer grade,
        @Schema(description = "Students of that grade (activity.students-out-of-bounds outside the configured bounds)",
                example = "30")
        @NotNull
        Integer students) {

    ParticipantCount count() {
        return new ParticipantCount(schoolCode, grade, students);
    }
}

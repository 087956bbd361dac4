package edu.community.exchange.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.MissedReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one receiving classroom took part in a lesson. */
@Schema(name = "ClassroomSession", description = "课堂记录 — held or missed, students present, connection problems")
public record ClassroomSessionRequest(
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
        String schoolCode,
        @NotBlank @Size(max = 40)
        String classroomId,
        @NotNull
        Boolean held,
        @Schema(description = "Students present; 0 when missed (sync-session.attendance-out-of-bounds above enrolled)")
        @NotNull
        Integer present,
        @Schema(description = "Why it was missed; only when missed (sync-session.missed-without-reason)")
        MissedReason missedReason,
        @Schema(description = "Connection problems noted")
        @Size(max = 500)
        String connectionProblem) {

    ClassroomSession session() {
        return new ClassroomSession(schoolCode, classroomId, held, present, missedReason, connectionProblem);
    }
}

package edu.community.exchange.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.exchange.ReceivingClassroom;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A receiving classroom; the enrolled bound is the domain's rule, answered with its own code. */
@Schema(name = "ReceivingClassroom", description = "接收课堂 — a class of a member school receiving the lesson")
public record ClassroomRequest(
        @Schema(example = "3301270002")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
        String schoolCode,
        @Schema(description = "The school's own id of the class, e.g. 5-2; never a person", example = "5-2")
        @NotBlank @Size(max = 40)
        String classroomId,
        @Schema(description = "Students enrolled (sync-series.enrolled-out-of-bounds outside the bounds)", example = "38")
        @NotNull
        Integer enrolled) {

    ReceivingClassroom classroom() {
        return new ReceivingClassroom(schoolCode, classroomId, enrolled);
    }
}

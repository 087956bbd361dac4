package edu.community.exchange.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.exchange.ActivityKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/activities}. */
@Schema(name = "PlanActivity", description = "计划活动 — a joint student activity of a community")
public record PlanActivityRequest(
        @NotNull
        ActivityKind kind,
        @Schema(description = "Id of the community (教共体), a UUID")
        @NotNull @Pattern(regexp = ActivityRequests.UUID, message = "must be a UUID")
        String communityId,
        @Schema(description = "School code of the host school (承办学校)", example = "3301060001")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
        String hostSchool,
        @Schema(description = "The date the activity is planned for")
        @NotNull
        LocalDate date,
        @Schema(description = "Planned participants per school and grade")
        @NotNull @Size(max = 500)
        List<@Valid @NotNull ParticipantRequest> plannedParticipants) {
}

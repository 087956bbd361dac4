package edu.community.exchange.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.exchange.ParticipantCount;
import edu.community.exchange.domain.Activity;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity as the API shows it. */
@Schema(name = "Activity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(
        String activityId,
        ActivityKind kind,
        String communityId,
        String hostSchool,
        @Schema(description = "PLANNED, POSTPONED, HELD or CANCELLED") Activity.Status status,
        @Schema(description = "Planned date, or the day it was held") LocalDate date,
        List<ParticipantCount> plannedParticipants,
        @Schema(description = "Minutes it lasted; once held") Integer durationMinutes,
        @Schema(description = "Actual participants; once held") List<ParticipantCount> participants,
        @Schema(description = "Why it was cancelled; once cancelled") String cancellationReason,
        @Schema(description = "Stream version; also the ETag") int version) {

    static ActivityView of(Activity activity, int version) {
        boolean held = activity.status() == Activity.Status.HELD;
        return new ActivityView(activity.id(), activity.kind(), activity.communityId(), activity.hostSchool(),
                activity.status(), activity.date(), activity.plannedParticipants(),
                held ? activity.durationMinutes() : null, held ? activity.participants() : null,
                activity.cancellationReason(), version);
    }
}

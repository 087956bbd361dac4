package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 活动计划 — a joint student activity was planned. The stream id is {@code activity-<activityId>}. */
@EventContract(topic = Topics.EXCHANGE, name = "ActivityPlanned", version = 1,
        description = "A joint student activity of a community was planned: host school, date and planned participants per school and grade.")
public record ActivityPlanned(
        @JsonPropertyDescription("Id of the activity (UUID); the stream id is activity-<activityId>")
        String activityId,
        @JsonPropertyDescription("Kind of activity (活动类别)")
        ActivityKind kind,
        @JsonPropertyDescription("Id of the community (教共体) the activity belongs to")
        String communityId,
        @JsonPropertyDescription("School code of the host school (承办学校)")
        String hostSchool,
        @JsonPropertyDescription("Planned participants per school and grade (计划参与人数)")
        List<ParticipantCount> plannedParticipants,
        @JsonPropertyDescription("The date the activity is planned for")
        LocalDate effectiveDate) implements EffectiveDated {
}

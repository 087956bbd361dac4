package edu.community.exchange.domain;

import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.exchange.ParticipantCount;
import java.time.LocalDate;
import java.util.List;

/** The commands on an activity (学生交流活动). */
public final class ActivityCommands {

    private ActivityCommands() {
    }

    /** 计划活动 — host school, date and planned participants per school and grade. */
    public record Plan(ActivityId id, ActivityKind kind, String communityId, String hostSchool, LocalDate date,
                       List<ParticipantCount> plannedParticipants) {
    }

    /** 延期 — to a later date. */
    public record Postpone(ActivityId id, LocalDate newDate, String reason) {
    }

    /** 取消 — with a reason. */
    public record Cancel(ActivityId id, String reason) {
    }

    /**
     * 记录开展 — the activity took place; may be recorded late.
     *
     * @param recordedOn today where the record is made: an activity cannot be held after it
     */
    public record RecordHeld(ActivityId id, LocalDate heldOn, int durationMinutes, List<ParticipantCount> participants,
                             LocalDate recordedOn) {
    }

    /** 更正记录 — the record of a held activity as it really was; replaces the earlier record. */
    public record CorrectRecord(ActivityId id, LocalDate heldOn, int durationMinutes,
                                List<ParticipantCount> participants, String reason, LocalDate recordedOn) {
    }
}

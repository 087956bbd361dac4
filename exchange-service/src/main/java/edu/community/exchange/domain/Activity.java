package edu.community.exchange.domain;

import edu.community.contracts.exchange.ActivityCancelled;
import edu.community.contracts.exchange.ActivityHeld;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.exchange.ActivityPlanned;
import edu.community.contracts.exchange.ActivityPostponed;
import edu.community.contracts.exchange.ActivityRecordCorrected;
import edu.community.contracts.exchange.ParticipantCount;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 学生交流活动 — a joint student activity of an education community, folded from its stream: planned, then
 * held, postponed or cancelled. Students are counted per school and grade, never named.
 *
 * @param date                 the date it is planned for, or was held on once held
 * @param durationMinutes      how long it lasted, once held; otherwise 0
 * @param participants         actual participants, once held; otherwise empty
 * @param cancellationReason   why it was cancelled, once cancelled
 */
public record Activity(
        Status status,
        String id,
        ActivityKind kind,
        String communityId,
        String hostSchool,
        LocalDate date,
        List<ParticipantCount> plannedParticipants,
        int durationMinutes,
        List<ParticipantCount> participants,
        String cancellationReason) {

    /** Where an activity stands. */
    public enum Status {
        NONE,
        /** 已计划 */
        PLANNED,
        /** 已延期 */
        POSTPONED,
        /** 已开展 */
        HELD,
        /** 已取消 */
        CANCELLED
    }

    public static final Activity NONE = new Activity(Status.NONE, null, null, null, null, null, List.of(), 0, List.of(),
            null);

    public static EventStream<Activity> stream(ActivityId id) {
        return new EventStream<>(id.streamId(), NONE, Activity::apply);
    }

    public boolean exists() {
        return status != Status.NONE;
    }

    /** Every school the activity concerns: the host and the planned and actual participants. */
    public Set<String> schools() {
        Set<String> schools = new LinkedHashSet<>();
        if (hostSchool != null) {
            schools.add(hostSchool);
        }
        plannedParticipants.forEach(p -> schools.add(p.schoolCode()));
        participants.forEach(p -> schools.add(p.schoolCode()));
        return schools;
    }

    public List<ActivityPlanned> decide(ActivityCommands.Plan command, ActivityFacts facts, ActivityBounds bounds) {
        if (exists()) {
            throw RuleViolation.conflict("activity.already-planned", "activity " + id + " exists",
                    Map.of("activityId", id));
        }
        requireCounts(command.plannedParticipants(), bounds);
        requireOneCommunity(command.communityId(), command.hostSchool(), command.plannedParticipants(), command.date(),
                facts);
        return List.of(new ActivityPlanned(command.id().toString(), command.kind(), command.communityId(),
                command.hostSchool(), List.copyOf(command.plannedParticipants()), command.date()));
    }

    public List<ActivityPostponed> decide(ActivityCommands.Postpone command, ActivityFacts facts) {
        requireNotFinished(command.id());
        if (!command.newDate().isAfter(date)) {
            throw RuleViolation.of("activity.postponed-not-later",
                    "activity " + id + " is planned for " + date + "; " + command.newDate() + " is not later",
                    Map.of("date", date.toString()));
        }
        requireOneCommunity(communityId, hostSchool, plannedParticipants, command.newDate(), facts);
        return List.of(new ActivityPostponed(id, date, command.reason(), command.newDate()));
    }

    public List<ActivityCancelled> decide(ActivityCommands.Cancel command) {
        requireNotFinished(command.id());
        return List.of(new ActivityCancelled(id, command.reason(), date));
    }

    public List<ActivityHeld> decide(ActivityCommands.RecordHeld command, ActivityFacts facts, ActivityBounds bounds) {
        requireNotFinished(command.id());
        requireRecord(command.heldOn(), command.durationMinutes(), command.participants(), command.recordedOn(), facts,
                bounds);
        return List.of(new ActivityHeld(id, command.durationMinutes(), List.copyOf(command.participants()),
                command.heldOn()));
    }

    /** A correction that says what the record already says changes nothing. */
    public List<ActivityRecordCorrected> decide(ActivityCommands.CorrectRecord command, ActivityFacts facts,
                                                ActivityBounds bounds) {
        requireExists(command.id());
        if (status != Status.HELD) {
            throw RuleViolation.conflict("activity.not-held", "activity " + id + " is " + status
                    + "; only the record of a held activity can be corrected", Map.of("status", status.name()));
        }
        requireRecord(command.heldOn(), command.durationMinutes(), command.participants(), command.recordedOn(), facts,
                bounds);
        if (command.heldOn().equals(date) && command.durationMinutes() == durationMinutes
                && command.participants().equals(participants)) {
            return List.of();
        }
        return List.of(new ActivityRecordCorrected(id, command.durationMinutes(), List.copyOf(command.participants()),
                command.reason(), command.heldOn()));
    }

    /** Applies an event of this activity's stream. */
    public Activity apply(Record event) {
        if (event instanceof ActivityPlanned e) {
            return new Activity(Status.PLANNED, e.activityId(), e.kind(), e.communityId(), e.hostSchool(),
                    e.effectiveDate(), List.copyOf(e.plannedParticipants()), 0, List.of(), null);
        }
        if (event instanceof ActivityPostponed e) {
            return new Activity(Status.POSTPONED, id, kind, communityId, hostSchool, e.effectiveDate(),
                    plannedParticipants, 0, List.of(), null);
        }
        if (event instanceof ActivityCancelled e) {
            return new Activity(Status.CANCELLED, id, kind, communityId, hostSchool, date, plannedParticipants, 0,
                    List.of(), e.reason());
        }
        if (event instanceof ActivityHeld e) {
            return held(e.effectiveDate(), e.durationMinutes(), e.participants());
        }
        if (event instanceof ActivityRecordCorrected e) {
            return held(e.effectiveDate(), e.durationMinutes(), e.participants());
        }
        throw new IllegalArgumentException("not an event of an activity: " + event.getClass().getSimpleName());
    }

    private Activity held(LocalDate heldOn, int minutes, List<ParticipantCount> actual) {
        return new Activity(Status.HELD, id, kind, communityId, hostSchool, heldOn, plannedParticipants, minutes,
                List.copyOf(actual), null);
    }

    private void requireExists(ActivityId asked) {
        if (!exists()) {
            throw RuleViolation.notFound("activity.not-found", "no activity " + asked + " is planned",
                    Map.of("activityId", asked.toString()));
        }
    }

    /** Postponing, cancelling and holding need an activity that is neither cancelled nor held. */
    private void requireNotFinished(ActivityId asked) {
        requireExists(asked);
        if (status == Status.CANCELLED) {
            throw RuleViolation.conflict("activity.cancelled", "activity " + id + " was cancelled: " + cancellationReason,
                    Map.of("activityId", id));
        }
        if (status == Status.HELD) {
            throw RuleViolation.conflict("activity.already-held",
                    "activity " + id + " was held on " + date + "; correct its record instead",
                    Map.of("activityId", id, "heldOn", date.toString()));
        }
    }

    private void requireRecord(LocalDate heldOn, int minutes, List<ParticipantCount> actual, LocalDate recordedOn,
                               ActivityFacts facts, ActivityBounds bounds) {
        if (heldOn.isAfter(recordedOn)) {
            throw RuleViolation.of("activity.held-in-future",
                    "an activity cannot be recorded as held on " + heldOn + ", after today " + recordedOn,
                    Map.of("heldOn", heldOn.toString()));
        }
        if (minutes < 1 || minutes > bounds.maxDurationMinutes()) {
            throw RuleViolation.of("activity.duration-out-of-bounds",
                    "an activity lasts 1 to " + bounds.maxDurationMinutes() + " minutes, not " + minutes,
                    Map.of("durationMinutes", minutes, "max", bounds.maxDurationMinutes()));
        }
        requireCounts(actual, bounds);
        requireOneCommunity(communityId, hostSchool, actual, heldOn, facts);
    }

    /** Counts per school and grade: at least one, each school and grade once, within the bounds. */
    private static void requireCounts(List<ParticipantCount> counts, ActivityBounds bounds) {
        if (counts.isEmpty()) {
            throw RuleViolation.of("activity.no-participants", "an activity has participants of at least one school");
        }
        Set<String> seen = new HashSet<>();
        for (ParticipantCount count : counts) {
            if (!seen.add(count.schoolCode() + "/" + count.grade())) {
                throw RuleViolation.of("activity.participants-repeated", "grade " + count.grade() + " of school "
                        + count.schoolCode() + " is counted twice",
                        Map.of("schoolCode", count.schoolCode(), "grade", count.grade()));
            }
            if (count.grade() < 1 || count.grade() > 12) {
                throw RuleViolation.of("activity.grade-out-of-range", "grades run from 1 to 12, not " + count.grade(),
                        Map.of("schoolCode", count.schoolCode(), "grade", count.grade()));
            }
            if (count.students() < 1 || count.students() > bounds.maxStudentsPerGrade()) {
                throw RuleViolation.of("activity.students-out-of-bounds", "1 to " + bounds.maxStudentsPerGrade()
                                + " students of one grade of one school take part, not " + count.students(),
                        Map.of("schoolCode", count.schoolCode(), "grade", count.grade(), "students", count.students(),
                                "max", bounds.maxStudentsPerGrade()));
            }
        }
    }

    /**
     * Host and participants belong to the community on the date. A collaborative community (协作型) may span
     * counties, cities and provinces, so the rule is membership alone, never a shared county.
     */
    private static void requireOneCommunity(String communityId, String host, List<ParticipantCount> counts,
                                            LocalDate on, ActivityFacts facts) {
        Set<String> schools = new LinkedHashSet<>();
        schools.add(host);
        counts.forEach(count -> schools.add(count.schoolCode()));
        for (String school : schools) {
            if (facts.countyOf(school).isEmpty()) {
                throw RuleViolation.of("activity.school-unknown", "no school " + school + " is registered",
                        Map.of("schoolCode", school));
            }
            if (!facts.belongs(communityId, school, on)) {
                throw RuleViolation.of("activity.not-in-one-community", "school " + school
                                + " does not belong to community " + communityId + " on " + on,
                        Map.of("schoolCode", school, "communityId", communityId, "date", on.toString()));
            }
        }
    }
}

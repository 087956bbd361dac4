package edu.community.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.exchange.ActivityCancelled;
import edu.community.contracts.exchange.ActivityHeld;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.exchange.ActivityPlanned;
import edu.community.contracts.exchange.ActivityPostponed;
import edu.community.contracts.exchange.ActivityRecordCorrected;
import edu.community.contracts.exchange.ParticipantCount;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final ActivityId ID = new ActivityId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final String COMMUNITY = "c-1";
    private static final String CORE = "3301060001";
    private static final String MEMBER = "3301270002";
    private static final String LATE_MEMBER = "5224010003";
    private static final String OUTSIDER = "3301060009";
    private static final LocalDate DAY = LocalDate.of(2026, 10, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final ActivityBounds BOUNDS = new ActivityBounds(480, 200);

    /** The core and a member from the start; a member in another province (协作型) from 2026-10-20. */
    private static final ActivityFacts FACTS = new ActivityFacts() {
        private final Map<String, String> counties = Map.of(CORE, "330106", MEMBER, "330127", LATE_MEMBER, "522401",
                OUTSIDER, "330106");

        @Override
        public Optional<String> countyOf(String schoolCode) {
            return Optional.ofNullable(counties.get(schoolCode));
        }

        @Override
        public boolean belongs(String communityId, String schoolCode, LocalDate on) {
            return COMMUNITY.equals(communityId) && (schoolCode.equals(CORE) || schoolCode.equals(MEMBER)
                    || schoolCode.equals(LATE_MEMBER) && !on.isBefore(LocalDate.of(2026, 10, 20)));
        }
    };

    private static Activity given(Record... events) {
        Activity activity = Activity.NONE;
        for (Record event : events) {
            activity = activity.apply(event);
        }
        return activity;
    }

    private static List<ParticipantCount> counts(ParticipantCount... counts) {
        return List.of(counts);
    }

    private static ParticipantCount count(String school, int grade, int students) {
        return new ParticipantCount(school, grade, students);
    }

    private static ActivityPlanned planned() {
        return new ActivityPlanned(ID.toString(), ActivityKind.STUDY_PRACTICE, COMMUNITY, CORE,
                counts(count(CORE, 5, 40), count(MEMBER, 5, 30)), DAY);
    }

    private static ActivityCommands.Plan plan(String host, List<ParticipantCount> counts, LocalDate on) {
        return new ActivityCommands.Plan(ID, ActivityKind.STUDY_PRACTICE, COMMUNITY, host, on, counts);
    }

    private static ActivityCommands.RecordHeld held(LocalDate on, int minutes, List<ParticipantCount> counts) {
        return new ActivityCommands.RecordHeld(ID, on, minutes, counts, TODAY);
    }

    private static String refused(Runnable command) {
        return assertThrows(RuleViolation.class, command::run).rule();
    }

    @Test
    void an_activity_of_core_and_member_schools_is_planned() {
        var events = Activity.NONE.decide(plan(CORE, counts(count(CORE, 5, 40), count(MEMBER, 5, 30)), DAY), FACTS,
                BOUNDS);
        assertEquals(List.of(planned()), events);
        assertEquals(Activity.Status.PLANNED, given(planned()).status());
    }

    @Test
    void host_and_participants_belong_to_the_community_on_the_activity_date() {
        assertEquals("activity.not-in-one-community", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count(OUTSIDER, 5, 40)), DAY), FACTS, BOUNDS)));
        assertEquals("activity.not-in-one-community", refused(() -> Activity.NONE.decide(
                plan(OUTSIDER, counts(count(CORE, 5, 40)), DAY), FACTS, BOUNDS)));
        assertEquals("activity.not-in-one-community", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count(LATE_MEMBER, 5, 40)), DAY), FACTS, BOUNDS)));
    }

    @Test
    void a_collaborative_community_spans_provinces() {
        var events = Activity.NONE.decide(plan(CORE, counts(count(LATE_MEMBER, 5, 40)), DAY.plusDays(10)), FACTS,
                BOUNDS);
        assertEquals(1, events.size());
    }

    @Test
    void a_school_the_register_does_not_know_is_refused() {
        assertEquals("activity.school-unknown", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count("9999999999", 5, 40)), DAY), FACTS, BOUNDS)));
    }

    @Test
    void participants_are_counts_per_school_and_grade_within_bounds() {
        assertEquals("activity.no-participants",
                refused(() -> Activity.NONE.decide(plan(CORE, counts(), DAY), FACTS, BOUNDS)));
        assertEquals("activity.participants-repeated", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count(CORE, 5, 40), count(CORE, 5, 1)), DAY), FACTS, BOUNDS)));
        assertEquals("activity.grade-out-of-range", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count(CORE, 13, 40)), DAY), FACTS, BOUNDS)));
        assertEquals("activity.students-out-of-bounds", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count(CORE, 5, 201)), DAY), FACTS, BOUNDS)));
        assertEquals("activity.students-out-of-bounds", refused(() -> Activity.NONE.decide(
                plan(CORE, counts(count(CORE, 5, 0)), DAY), FACTS, BOUNDS)));
    }

    @Test
    void an_activity_is_planned_once() {
        assertEquals("activity.already-planned", refused(() -> given(planned()).decide(
                plan(CORE, counts(count(CORE, 5, 40)), DAY), FACTS, BOUNDS)));
    }

    @Test
    void a_held_activity_may_be_recorded_late_with_its_hours_within_bounds() {
        var events = given(planned()).decide(held(DAY, 180, counts(count(CORE, 5, 38), count(MEMBER, 5, 29))), FACTS,
                BOUNDS);
        assertEquals(List.of(new ActivityHeld(ID.toString(), 180, counts(count(CORE, 5, 38), count(MEMBER, 5, 29)), DAY)),
                events);
        assertEquals("activity.duration-out-of-bounds",
                refused(() -> given(planned()).decide(held(DAY, 481, counts(count(CORE, 5, 38))), FACTS, BOUNDS)));
        assertEquals("activity.duration-out-of-bounds",
                refused(() -> given(planned()).decide(held(DAY, 0, counts(count(CORE, 5, 38))), FACTS, BOUNDS)));
        assertEquals("activity.held-in-future", refused(() -> given(planned()).decide(
                held(TODAY.plusDays(1), 60, counts(count(CORE, 5, 38))), FACTS, BOUNDS)));
    }

    @Test
    void a_cancelled_activity_cannot_be_held_postponed_or_cancelled_again() {
        Activity cancelled = given(planned(), new ActivityCancelled(ID.toString(), "暴雨", DAY));
        assertEquals(Activity.Status.CANCELLED, cancelled.status());
        assertEquals("activity.cancelled",
                refused(() -> cancelled.decide(held(DAY, 60, counts(count(CORE, 5, 38))), FACTS, BOUNDS)));
        assertEquals("activity.cancelled", refused(() -> cancelled.decide(
                new ActivityCommands.Postpone(ID, DAY.plusDays(7), null), FACTS)));
        assertEquals("activity.cancelled", refused(() -> cancelled.decide(new ActivityCommands.Cancel(ID, "again"))));
    }

    @Test
    void a_postponed_activity_moves_to_a_later_date_and_can_then_be_held() {
        Activity activity = given(planned());
        assertEquals(List.of(new ActivityPostponed(ID.toString(), DAY, "台风", DAY.plusDays(7))),
                activity.decide(new ActivityCommands.Postpone(ID, DAY.plusDays(7), "台风"), FACTS));
        assertEquals("activity.postponed-not-later",
                refused(() -> activity.decide(new ActivityCommands.Postpone(ID, DAY, null), FACTS)));
        Activity postponed = given(planned(), new ActivityPostponed(ID.toString(), DAY, "台风", DAY.plusDays(7)));
        assertEquals(Activity.Status.POSTPONED, postponed.status());
        assertEquals(DAY.plusDays(7), postponed.date());
        assertEquals(1, postponed.decide(held(DAY.plusDays(7), 60, counts(count(CORE, 5, 38))), FACTS, BOUNDS).size());
    }

    @Test
    void a_held_activity_is_corrected_not_held_twice_nor_cancelled() {
        Activity held = given(planned(), new ActivityHeld(ID.toString(), 180, counts(count(CORE, 5, 38)), DAY));
        assertEquals("activity.already-held",
                refused(() -> held.decide(held(DAY, 60, counts(count(CORE, 5, 38))), FACTS, BOUNDS)));
        assertEquals("activity.already-held", refused(() -> held.decide(new ActivityCommands.Cancel(ID, "late"))));

        var correction = new ActivityCommands.CorrectRecord(ID, DAY, 120, counts(count(CORE, 5, 36)), "签到表", TODAY);
        assertEquals(List.of(new ActivityRecordCorrected(ID.toString(), 120, counts(count(CORE, 5, 36)), "签到表", DAY)),
                held.decide(correction, FACTS, BOUNDS));
        Activity corrected = held.apply(held.decide(correction, FACTS, BOUNDS).get(0));
        assertEquals(120, corrected.durationMinutes());
        assertTrue(corrected.decide(correction, FACTS, BOUNDS).isEmpty(), "the same record again changes nothing");
    }

    @Test
    void only_a_held_activity_has_a_record_to_correct() {
        assertEquals("activity.not-held", refused(() -> given(planned()).decide(
                new ActivityCommands.CorrectRecord(ID, DAY, 60, counts(count(CORE, 5, 38)), null, TODAY), FACTS, BOUNDS)));
        assertEquals("activity.not-found", refused(() -> Activity.NONE.decide(new ActivityCommands.Cancel(ID, "x"))));
    }
}

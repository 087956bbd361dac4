package edu.community.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.MissedReason;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncSeriesTest {

    private static final SyncSeriesId ID = new SyncSeriesId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    private static final String COMMUNITY = "c-1";
    private static final String CORE = "3301060001";
    private static final String MEMBER = "3301270002";
    private static final String OUTSIDER = "3301060009";
    private static final Term TERM = Term.parse("2026-AUTUMN");
    /** A Tuesday. */
    private static final LocalDate LESSON = LocalDate.of(2026, 9, 8);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final ActivityBounds BOUNDS = new ActivityBounds(480, 200);
    private static final List<ReceivingClassroom> CLASSROOMS = List.of(new ReceivingClassroom(MEMBER, "5-1", 40),
            new ReceivingClassroom(MEMBER, "5-2", 38));

    private static final ActivityFacts FACTS = new ActivityFacts() {
        private final Map<String, String> counties = Map.of(CORE, "330106", MEMBER, "330127", OUTSIDER, "330106");

        @Override
        public Optional<String> countyOf(String schoolCode) {
            return Optional.ofNullable(counties.get(schoolCode));
        }

        @Override
        public boolean belongs(String communityId, String schoolCode, LocalDate on) {
            return COMMUNITY.equals(communityId) && !schoolCode.equals(OUTSIDER);
        }
    };

    private static SyncSeriesCommands.Plan plan(String teaching, List<ReceivingClassroom> classrooms) {
        return new SyncSeriesCommands.Plan(ID, COMMUNITY, "数学", 5, teaching, "staff-7", classrooms, DayOfWeek.TUESDAY,
                40, TERM, LocalDate.of(2026, 9, 1));
    }

    private static SyncSeries planned() {
        return SyncSeries.NONE.apply(SyncSeries.NONE.decide(plan(CORE, CLASSROOMS), FACTS, BOUNDS).get(0));
    }

    private static List<ClassroomSession> attended(int first, int second) {
        return List.of(new ClassroomSession(MEMBER, "5-1", true, first, null, null),
                new ClassroomSession(MEMBER, "5-2", true, second, null, "卡顿 5 分钟"));
    }

    private static String refused(Runnable command) {
        return assertThrows(RuleViolation.class, command::run).rule();
    }

    @Test
    void a_series_is_planned_with_its_receiving_classrooms_in_one_community() {
        var events = SyncSeries.NONE.decide(plan(CORE, CLASSROOMS), FACTS, BOUNDS);
        assertEquals(List.of(new SyncSeriesPlanned(ID.toString(), COMMUNITY, "数学", 5, CORE, "staff-7", CLASSROOMS,
                DayOfWeek.TUESDAY, 40, "2026-AUTUMN", LocalDate.of(2026, 9, 1))), events);
        assertEquals("sync-series.not-in-one-community", refused(() -> SyncSeries.NONE.decide(
                plan(CORE, List.of(new ReceivingClassroom(OUTSIDER, "5-1", 40))), FACTS, BOUNDS)));
        assertEquals("sync-series.school-unknown", refused(() -> SyncSeries.NONE.decide(
                plan("9999999999", CLASSROOMS), FACTS, BOUNDS)));
        assertEquals("sync-series.already-planned",
                refused(() -> planned().decide(plan(CORE, CLASSROOMS), FACTS, BOUNDS)));
    }

    @Test
    void classrooms_are_counted_within_bounds_and_named_once() {
        assertEquals("sync-series.no-receiving-classroom",
                refused(() -> SyncSeries.NONE.decide(plan(CORE, List.of()), FACTS, BOUNDS)));
        assertEquals("sync-series.classroom-repeated", refused(() -> SyncSeries.NONE.decide(plan(CORE, List.of(
                new ReceivingClassroom(MEMBER, "5-1", 40), new ReceivingClassroom(MEMBER, "5-1", 40))), FACTS, BOUNDS)));
        assertEquals("sync-series.enrolled-out-of-bounds", refused(() -> SyncSeries.NONE.decide(
                plan(CORE, List.of(new ReceivingClassroom(MEMBER, "5-1", 201))), FACTS, BOUNDS)));
    }

    @Test
    void a_lesson_is_recorded_on_the_weekday_within_the_term_once_then_corrected() {
        SyncSeries series = planned();
        var recorded = series.decide(new SyncSeriesCommands.RecordSession(ID, LESSON, attended(40, 35), TODAY));
        assertEquals(List.of(new SyncSessionRecorded(ID.toString(), attended(40, 35), LESSON)), recorded);
        SyncSeries after = series.apply(recorded.get(0));
        assertEquals("sync-session.already-recorded", refused(() -> after.decide(
                new SyncSeriesCommands.RecordSession(ID, LESSON, attended(40, 35), TODAY))));

        var correction = new SyncSeriesCommands.CorrectSession(ID, LESSON, attended(39, 35), "签到表", TODAY);
        assertEquals(List.of(new SyncSessionCorrected(ID.toString(), attended(39, 35), "签到表", LESSON)),
                after.decide(correction));
        SyncSeries corrected = after.apply(after.decide(correction).get(0));
        assertTrue(corrected.decide(correction).isEmpty(), "the same record again changes nothing");
        assertEquals("sync-session.not-recorded", refused(() -> series.decide(correction)));
    }

    @Test
    void a_lesson_off_schedule_outside_the_series_or_in_the_future_is_refused() {
        SyncSeries series = planned();
        assertEquals("sync-session.not-on-schedule", refused(() -> series.decide(
                new SyncSeriesCommands.RecordSession(ID, LESSON.plusDays(1), attended(40, 35), TODAY))));
        assertEquals("sync-session.outside-series", refused(() -> series.decide(
                new SyncSeriesCommands.RecordSession(ID, LocalDate.of(2026, 8, 25), attended(40, 35), TODAY))));
        assertEquals("sync-session.in-future", refused(() -> series.decide(
                new SyncSeriesCommands.RecordSession(ID, LocalDate.of(2026, 11, 3), attended(40, 35), TODAY))));
    }

    @Test
    void each_classroom_is_recorded_once_with_attendance_of_its_enrolled_and_a_reason_when_missed() {
        SyncSeries series = planned();
        assertEquals("sync-session.classrooms-differ", refused(() -> series.decide(new SyncSeriesCommands.RecordSession(
                ID, LESSON, List.of(new ClassroomSession(MEMBER, "5-1", true, 40, null, null)), TODAY))));
        assertEquals("sync-session.attendance-out-of-bounds",
                refused(() -> series.decide(new SyncSeriesCommands.RecordSession(ID, LESSON, attended(41, 35), TODAY))));
        assertEquals("sync-session.missed-without-reason", refused(() -> series.decide(
                new SyncSeriesCommands.RecordSession(ID, LESSON, List.of(
                        new ClassroomSession(MEMBER, "5-1", false, 0, null, null),
                        new ClassroomSession(MEMBER, "5-2", true, 30, null, null)), TODAY))));
        assertEquals("sync-session.held-with-missed-reason", refused(() -> series.decide(
                new SyncSeriesCommands.RecordSession(ID, LESSON, List.of(
                        new ClassroomSession(MEMBER, "5-1", true, 30, MissedReason.OTHER, null),
                        new ClassroomSession(MEMBER, "5-2", true, 30, null, null)), TODAY))));
        assertEquals(1, series.decide(new SyncSeriesCommands.RecordSession(ID, LESSON, List.of(
                new ClassroomSession(MEMBER, "5-1", false, 0, MissedReason.CONNECTION_FAILURE, "断网"),
                new ClassroomSession(MEMBER, "5-2", true, 30, null, null)), TODAY)).size());
    }

    @Test
    void commands_on_a_series_never_planned_are_not_found() {
        assertEquals("sync-series.not-found", refused(() -> SyncSeries.NONE.decide(
                new SyncSeriesCommands.RecordSession(ID, LESSON, attended(40, 35), TODAY))));
    }
}

package edu.community.exchange.domain;

import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 同步课堂 — a synchronous-classroom series: one lesson a week taught live by a teaching school to receiving
 * classrooms of member schools for a term, and the record of each lesson per classroom (held or missed,
 * students present of enrolled). Folded from its stream.
 *
 * @param sessions the recorded lessons by date, each as last recorded or corrected
 */
public record SyncSeries(
        String id,
        String communityId,
        String subject,
        int grade,
        String teachingSchool,
        String teacherId,
        List<ReceivingClassroom> receivingClassrooms,
        DayOfWeek weekday,
        int lessonMinutes,
        Term term,
        LocalDate firstDay,
        Map<LocalDate, List<ClassroomSession>> sessions) {

    public static final SyncSeries NONE = new SyncSeries(null, null, null, 0, null, null, List.of(), null, 0, null, null,
            Map.of());

    public static EventStream<SyncSeries> stream(SyncSeriesId id) {
        return new EventStream<>(id.streamId(), NONE, SyncSeries::apply);
    }

    public boolean exists() {
        return id != null;
    }

    /** The teaching school and every receiving school. */
    public Set<String> schools() {
        Set<String> schools = new LinkedHashSet<>();
        if (teachingSchool != null) {
            schools.add(teachingSchool);
        }
        receivingClassrooms.forEach(classroom -> schools.add(classroom.schoolCode()));
        return schools;
    }

    public List<SyncSeriesPlanned> decide(SyncSeriesCommands.Plan command, ActivityFacts facts, ActivityBounds bounds) {
        if (exists()) {
            throw RuleViolation.conflict("sync-series.already-planned", "series " + id + " exists",
                    Map.of("seriesId", id));
        }
        if (command.firstDay().isBefore(command.term().firstDay()) || command.firstDay().isAfter(command.term().lastDay())) {
            throw RuleViolation.of("sync-series.first-day-outside-term", "the first day " + command.firstDay()
                    + " lies outside the term " + command.term(), Map.of("term", command.term().toString()));
        }
        if (command.grade() < 1 || command.grade() > 12) {
            throw RuleViolation.of("sync-series.grade-out-of-range", "grades run from 1 to 12, not " + command.grade(),
                    Map.of("grade", command.grade()));
        }
        if (command.lessonMinutes() < 1 || command.lessonMinutes() > bounds.maxDurationMinutes()) {
            throw RuleViolation.of("sync-series.duration-out-of-bounds", "a lesson lasts 1 to "
                    + bounds.maxDurationMinutes() + " minutes, not " + command.lessonMinutes(),
                    Map.of("lessonMinutes", command.lessonMinutes(), "max", bounds.maxDurationMinutes()));
        }
        requireClassrooms(command.receivingClassrooms(), bounds);
        Set<String> schools = new LinkedHashSet<>();
        schools.add(command.teachingSchool());
        command.receivingClassrooms().forEach(classroom -> schools.add(classroom.schoolCode()));
        for (String school : schools) {
            if (facts.countyOf(school).isEmpty()) {
                throw RuleViolation.of("sync-series.school-unknown", "no school " + school + " is registered",
                        Map.of("schoolCode", school));
            }
            if (!facts.belongs(command.communityId(), school, command.firstDay())) {
                throw RuleViolation.of("sync-series.not-in-one-community", "school " + school
                                + " does not belong to community " + command.communityId() + " on " + command.firstDay(),
                        Map.of("schoolCode", school, "communityId", command.communityId()));
            }
        }
        return List.of(new SyncSeriesPlanned(command.id().toString(), command.communityId(), command.subject(),
                command.grade(), command.teachingSchool(), command.teacherId(),
                List.copyOf(command.receivingClassrooms()), command.weekday(), command.lessonMinutes(),
                command.term().toString(), command.firstDay()));
    }

    public List<SyncSessionRecorded> decide(SyncSeriesCommands.RecordSession command) {
        requireExists(command.id());
        if (sessions.containsKey(command.date())) {
            throw RuleViolation.conflict("sync-session.already-recorded", "the lesson of " + command.date()
                    + " is recorded; correct it instead", Map.of("date", command.date().toString()));
        }
        requireSession(command.date(), command.classrooms(), command.recordedOn());
        return List.of(new SyncSessionRecorded(id, List.copyOf(command.classrooms()), command.date()));
    }

    /** A correction that says what the record already says changes nothing. */
    public List<SyncSessionCorrected> decide(SyncSeriesCommands.CorrectSession command) {
        requireExists(command.id());
        if (!sessions.containsKey(command.date())) {
            throw RuleViolation.conflict("sync-session.not-recorded", "no lesson of " + command.date()
                    + " is recorded", Map.of("date", command.date().toString()));
        }
        requireSession(command.date(), command.classrooms(), command.recordedOn());
        if (sessions.get(command.date()).equals(command.classrooms())) {
            return List.of();
        }
        return List.of(new SyncSessionCorrected(id, List.copyOf(command.classrooms()), command.reason(), command.date()));
    }

    public SyncSeries apply(Record event) {
        if (event instanceof SyncSeriesPlanned e) {
            return new SyncSeries(e.seriesId(), e.communityId(), e.subject(), e.grade(), e.teachingSchool(),
                    e.teacherId(), List.copyOf(e.receivingClassrooms()), e.weekday(), e.lessonMinutes(),
                    Term.parse(e.term()), e.effectiveDate(), Map.of());
        }
        if (event instanceof SyncSessionRecorded e) {
            return withSession(e.effectiveDate(), e.classrooms());
        }
        if (event instanceof SyncSessionCorrected e) {
            return withSession(e.effectiveDate(), e.classrooms());
        }
        throw new IllegalArgumentException("not an event of a series: " + event.getClass().getSimpleName());
    }

    private SyncSeries withSession(LocalDate date, List<ClassroomSession> classrooms) {
        TreeMap<LocalDate, List<ClassroomSession>> next = new TreeMap<>(sessions);
        next.put(date, List.copyOf(classrooms));
        return new SyncSeries(id, communityId, subject, grade, teachingSchool, teacherId, receivingClassrooms, weekday,
                lessonMinutes, term, firstDay, Collections.unmodifiableMap(next));
    }

    private void requireExists(SyncSeriesId asked) {
        if (!exists()) {
            throw RuleViolation.notFound("sync-series.not-found", "no series " + asked + " is planned",
                    Map.of("seriesId", asked.toString()));
        }
    }

    /** Receiving classrooms: at least one, each once, each with 1 to the bound of students enrolled. */
    private static void requireClassrooms(List<ReceivingClassroom> classrooms, ActivityBounds bounds) {
        if (classrooms.isEmpty()) {
            throw RuleViolation.of("sync-series.no-receiving-classroom", "a series has at least one receiving classroom");
        }
        Set<String> seen = new HashSet<>();
        for (ReceivingClassroom classroom : classrooms) {
            if (!seen.add(classroom.schoolCode() + "/" + classroom.classroomId())) {
                throw RuleViolation.of("sync-series.classroom-repeated", "classroom " + classroom.classroomId()
                        + " of school " + classroom.schoolCode() + " is named twice",
                        Map.of("schoolCode", classroom.schoolCode(), "classroomId", classroom.classroomId()));
            }
            if (classroom.enrolled() < 1 || classroom.enrolled() > bounds.maxStudentsPerGrade()) {
                throw RuleViolation.of("sync-series.enrolled-out-of-bounds", "1 to " + bounds.maxStudentsPerGrade()
                                + " students are enrolled in a classroom, not " + classroom.enrolled(),
                        Map.of("schoolCode", classroom.schoolCode(), "classroomId", classroom.classroomId()));
            }
        }
    }

    /**
     * A lesson on the series' weekday, within its term from its first day, not after today, recording every
     * receiving classroom once: present at most enrolled, a missed classroom with its reason and nobody present.
     */
    private void requireSession(LocalDate date, List<ClassroomSession> classrooms, LocalDate recordedOn) {
        if (date.isBefore(firstDay) || date.isAfter(term.lastDay())) {
            throw RuleViolation.of("sync-session.outside-series", "the series runs from " + firstDay + " to "
                    + term.lastDay() + "; " + date + " is outside", Map.of("date", date.toString()));
        }
        if (date.getDayOfWeek() != weekday) {
            throw RuleViolation.of("sync-session.not-on-schedule", date + " is a " + date.getDayOfWeek()
                    + "; the series is taught on " + weekday, Map.of("date", date.toString(), "weekday", weekday.name()));
        }
        if (date.isAfter(recordedOn)) {
            throw RuleViolation.of("sync-session.in-future", "a lesson on " + date + " cannot be recorded on "
                    + recordedOn, Map.of("date", date.toString()));
        }
        Set<String> expected = new HashSet<>();
        receivingClassrooms.forEach(c -> expected.add(c.schoolCode() + "/" + c.classroomId()));
        Set<String> named = new HashSet<>();
        for (ClassroomSession session : classrooms) {
            named.add(session.schoolCode() + "/" + session.classroomId());
        }
        if (named.size() != classrooms.size() || !named.equals(expected)) {
            throw RuleViolation.of("sync-session.classrooms-differ", "a lesson records each receiving classroom "
                    + "of the series once: " + expected.stream().sorted().toList(),
                    Map.of("receivingClassrooms", expected.stream().sorted().toList()));
        }
        for (ClassroomSession session : classrooms) {
            int enrolled = receivingClassrooms.stream()
                    .filter(c -> c.schoolCode().equals(session.schoolCode()) && c.classroomId().equals(session.classroomId()))
                    .findFirst().orElseThrow().enrolled();
            if (session.present() < 0 || session.present() > enrolled) {
                throw RuleViolation.of("sync-session.attendance-out-of-bounds", session.present()
                                + " present of " + enrolled + " enrolled in classroom " + session.classroomId(),
                        Map.of("schoolCode", session.schoolCode(), "classroomId", session.classroomId(),
                                "enrolled", enrolled));
            }
            if (!session.held() && (session.missedReason() == null || session.present() != 0)) {
                throw RuleViolation.of("sync-session.missed-without-reason", "classroom " + session.classroomId()
                        + " missed the lesson: it gives a reason and nobody is present",
                        Map.of("schoolCode", session.schoolCode(), "classroomId", session.classroomId()));
            }
            if (session.held() && session.missedReason() != null) {
                throw RuleViolation.of("sync-session.held-with-missed-reason", "classroom " + session.classroomId()
                        + " received the lesson and gives a reason for missing it",
                        Map.of("schoolCode", session.schoolCode(), "classroomId", session.classroomId()));
            }
        }
    }
}

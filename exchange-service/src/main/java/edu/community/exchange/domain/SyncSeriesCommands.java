package edu.community.exchange.domain;

import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.ReceivingClassroom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The commands on a synchronous-classroom series (同步课堂). */
public final class SyncSeriesCommands {

    private SyncSeriesCommands() {
    }

    /** 计划同步课堂 — a weekly lesson from a teaching school to receiving classrooms, for a term, from a first day. */
    public record Plan(SyncSeriesId id, String communityId, String subject, int grade, String teachingSchool,
                       String teacherId, List<ReceivingClassroom> receivingClassrooms, DayOfWeek weekday,
                       int lessonMinutes, Term term, LocalDate firstDay) {
    }

    /**
     * 记录课堂 — one lesson, per receiving classroom; may be recorded late.
     *
     * @param recordedOn today where the record is made: a lesson cannot be recorded before it took place
     */
    public record RecordSession(SyncSeriesId id, LocalDate date, List<ClassroomSession> classrooms,
                                LocalDate recordedOn) {
    }

    /** 更正课堂记录 — the record of a lesson as it really was; its own event. */
    public record CorrectSession(SyncSeriesId id, LocalDate date, List<ClassroomSession> classrooms, String reason,
                                 LocalDate recordedOn) {
    }
}

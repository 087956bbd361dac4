package edu.community.exchange.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 同步课堂学期统计 — the synchronous-classroom figures of a community or a county for a term, as of a date:
 * lessons delivered (a lesson of a series on a date that at least one receiving classroom counted here received),
 * minutes delivered to classrooms of rural and township schools (per receiving classroom and lesson, by the
 * school's classification on the lesson date), attendance per receiving school over the lessons it received,
 * and classroom lessons missed per reason.
 *
 * @param to the last day counted: the term's last day or the as-of date, whichever is earlier
 */
public record SyncFigures(String scope, String term, LocalDate from, LocalDate to, long lessonsDelivered,
                          long ruralAndTownshipClassroomMinutes, List<SchoolAttendance> attendance,
                          List<Missed> missed) {

    /** 出勤率 — students present of enrolled over the lessons a receiving school's classrooms received. */
    public record SchoolAttendance(String schoolCode, long present, long enrolled, BigDecimal rate) {
    }

    /** Classroom lessons missed for one reason. */
    public record Missed(String reason, long classroomLessons) {
    }
}

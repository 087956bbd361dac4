package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One event of a synchronous-classroom series as the report keeps it: the plan (community, teaching school, lesson
 * length, receiving classrooms with their enrolment) or the record of a lesson on a date (each classroom held or
 * missed, students present); a correction replaces the record of its date. Facts are folded in stream order.
 */
public record SyncFact(UUID event, String series, LocalDate effectiveDate, int streamVersion, Kind kind,
                       String community, String teachingSchool, int lessonMinutes, List<Classroom> classrooms) {

    public SyncFact {
        classrooms = List.copyOf(classrooms);
    }

    public enum Kind {
        PLANNED,
        RECORDED,
        CORRECTED
    }

    /** A receiving classroom: its enrolment in a plan, whether it held the lesson and who was present in a record. */
    public record Classroom(String school, String classroom, int enrolled, boolean held, int present) {
    }
}

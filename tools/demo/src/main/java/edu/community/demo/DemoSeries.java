package edu.community.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated synchronous-classroom series (同步课堂): a weekly lesson of the core school received by one classroom
 * of each member school, with the lessons recorded (a classroom missed now and then).
 */
record DemoSeries(DemoTeacher teacher, String subject, int grade, String teachingSchool, List<Classroom> classrooms,
                  DayOfWeek weekday, int lessonMinutes, String term, LocalDate firstDay, List<Lesson> lessons) {

    record Classroom(String school, String classroomId, int enrolled) {
    }

    /** One lesson: every receiving classroom once, held with the students present or missed with a reason. */
    record Lesson(LocalDate date, List<ClassroomLesson> classrooms) {

        boolean held() {
            return classrooms.stream().anyMatch(ClassroomLesson::held);
        }
    }

    record ClassroomLesson(String school, String classroomId, boolean held, int present, String missedReason) {
    }
}

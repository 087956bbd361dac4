package edu.community.demo;

import java.time.LocalDate;

/** A generated posting (教师流动) of a core school's teacher to a member school: proposed, approved, started. */
record DemoPosting(DemoTeacher teacher, String kind, String destination, LocalDate proposedOn, LocalDate approvedOn,
                   LocalDate start, LocalDate plannedEnd) {
}

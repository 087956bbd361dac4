package edu.community.demo;

import java.time.LocalDate;
import java.util.List;

/** A generated joint student activity (学生交流活动) of a community: planned, then held as recorded. */
record DemoActivity(String kind, String host, LocalDate date, List<Participant> planned, int minutes,
                    List<Participant> held) {

    record Participant(String school, int grade, int students) {
    }
}

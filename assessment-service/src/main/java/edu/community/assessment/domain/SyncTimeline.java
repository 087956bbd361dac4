package edu.community.assessment.domain;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.contracts.community.SchoolClassification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * 同步课堂 — what one synchronous-classroom series adds to the report, lesson by lesson (the latest record of each
 * date: a correction replaces it as a whole), each from its date to the end of that school year:
 * {@code sync.lessons} for a lesson at least one classroom held, in the series' community and the divisions of the
 * teaching school; per receiving school, the minutes its held classrooms received ({@code sync.minutes.RURAL},
 * {@code .TOWNSHIP} by its classification on the date) and their students present and enrolled, as sums, in the
 * community and the divisions of that school.
 */
public final class SyncTimeline {

    private SyncTimeline() {
    }

    /** @param facts the series' facts in stream order */
    public static List<Span<Counted, List<UUID>>> of(List<SyncFact> facts, SchoolsOnDates schools) {
        Optional<SyncFact> plan = facts.stream().filter(fact -> fact.kind() == SyncFact.Kind.PLANNED).findFirst();
        FlowSpans spans = new FlowSpans();
        if (plan.isEmpty()) {
            return spans.spans();
        }
        SyncFact planned = plan.get();
        Map<LocalDate, SyncFact> lessons = new TreeMap<>();
        facts.stream().filter(fact -> fact.kind() != SyncFact.Kind.PLANNED)
                .forEach(fact -> lessons.put(fact.effectiveDate(), fact));
        Map<String, Integer> enrolment = new HashMap<>();
        planned.classrooms().forEach(room -> enrolment.put(room.school() + "/" + room.classroom(), room.enrolled()));
        String community = ProvincialTally.communityUnit(planned.community());
        for (SyncFact lesson : lessons.values()) {
            LocalDate date = lesson.effectiveDate();
            LocalDate yearEnd = FlowSpans.schoolYearEnd(date);
            List<UUID> events = List.of(planned.event(), lesson.event());
            Map<String, Received> bySchool = new TreeMap<>();
            for (SyncFact.Classroom room : lesson.classrooms()) {
                if (room.held()) {
                    bySchool.merge(room.school(), new Received(1, room.present(),
                            enrolment.getOrDefault(room.school() + "/" + room.classroom(), 0)), Received::plus);
                }
            }
            if (bySchool.isEmpty()) {
                continue;
            }
            String subject = planned.series() + "/" + date;
            spans.add(unitsOf(community, schools.school(planned.teachingSchool(), date)), "sync.lessons", subject, 1,
                    date, yearEnd, events);
            bySchool.forEach((code, received) -> {
                Optional<SchoolOnDate> school = schools.school(code, date);
                Set<String> units = unitsOf(community, school);
                String receiving = subject + "/" + code;
                school.map(on -> on.profile().classification())
                        .filter(classification -> classification != SchoolClassification.URBAN)
                        .ifPresent(classification -> spans.add(units, "sync.minutes." + classification, receiving,
                                received.classrooms() * planned.lessonMinutes(), date, yearEnd, events));
                spans.add(units, "sync.attendance.present", receiving, received.present(), date, yearEnd, events);
                spans.add(units, "sync.attendance.enrolled", receiving, received.enrolled(), date, yearEnd, events);
            });
        }
        return spans.spans();
    }

    private static Set<String> unitsOf(String community, Optional<SchoolOnDate> school) {
        Set<String> units = new TreeSet<>();
        units.add(community);
        school.ifPresent(on -> units.addAll(FlowSpans.divisionsOf(on.county())));
        return units;
    }

    /** What one school's held classrooms received in a lesson. */
    private record Received(int classrooms, int present, int enrolled) {

        Received plus(Received other) {
            return new Received(classrooms + other.classrooms, present + other.present, enrolled + other.enrolled);
        }
    }
}

package edu.community.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.reference.ResidentIdNumbers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoFlowsTest {

    private static final DemoProvince ZHEJIANG = DemoProvince.generate(List.of("330000"), 5400, 2026);
    private static final DemoFlows FLOWS = DemoFlows.plan(ZHEJIANG, 2026, 2026, "330000", 1);

    @Test
    void the_same_seed_and_year_give_the_same_teachers_postings_series_and_activities() {
        DemoFlows again = DemoFlows.plan(DemoProvince.generate(List.of("330000"), 5400, 2026), 2026, 2026, "330000", 1);
        assertEquals(FLOWS.communities(), again.communities());
        assertNotEquals(FLOWS.communities(), DemoFlows.plan(ZHEJIANG, 7, 2026, "330000", 1).communities());
        assertEquals(DemoFlows.id(2026, 2026, "round 330000"), DemoFlows.id(2026, 2026, "round 330000"));
    }

    @Test
    void every_community_of_the_division_formed_before_june_gets_flows_and_a_share_samples_them() {
        assertEquals(ZHEJIANG.communities().size(), FLOWS.communities().size());
        int half = DemoFlows.plan(ZHEJIANG, 2026, 2026, "330000", 0.5).communities().size();
        assertTrue(Math.abs(half - FLOWS.communities().size() / 2) < FLOWS.communities().size() / 10, "about half: " + half);
        assertEquals(0, DemoFlows.plan(ZHEJIANG, 2026, 2026, "330000", 0).communities().size());
        assertEquals(0, DemoFlows.plan(ZHEJIANG, 2026, 2026, "110000", 1).communities().size());
        assertTrue(DemoFlows.plan(ZHEJIANG, 2026, 2026, "330100", 1).communities().stream()
                .allMatch(flows -> flows.community().core().startsWith("3301")));
    }

    @Test
    void resident_ids_pass_gb_11643_hold_the_birth_date_and_gender_and_are_unique() {
        List<DemoTeacher> teachers = teachers().toList();
        assertEquals(teachers.size(), teachers.stream().map(DemoTeacher::residentId).distinct().count());
        for (DemoTeacher teacher : teachers) {
            String id = teacher.residentId();
            assertTrue(id.matches("\\d{17}[\\dX]"), id);
            assertEquals(ResidentIdNumbers.checkCharacter(id.substring(0, 17)), id.charAt(17), id);
            assertEquals(teacher.birthDate(), LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-"
                    + id.substring(12, 14)));
            assertEquals(teacher.school().substring(0, 6), id.substring(0, 6));
            assertEquals(teacher.gender().equals("MALE"), (id.charAt(16) - '0') % 2 == 1, id);
            assertTrue(teacher.name().startsWith("演示教师") && teacher.contact().endsWith("@example.invalid"));
        }
        assertEquals("11010519491231002X", DemoTeacher.residentId("110105", LocalDate.of(1949, 12, 31), 2));
    }

    @Test
    void postings_go_from_the_core_to_a_member_within_the_bounds_of_their_kind_one_per_teacher() {
        for (DemoFlows.CommunityFlows flows : FLOWS.communities()) {
            DemoPosting posting = flows.posting();
            assertEquals(flows.community().core(), posting.teacher().school());
            assertTrue(flows.community().members().contains(posting.destination()));
            assertTrue(posting.teacher().appointedOn().isBefore(posting.proposedOn()));
            assertTrue(posting.proposedOn().isBefore(posting.approvedOn()) && posting.approvedOn().isBefore(posting.start()));
            assertEquals(DayOfWeek.MONDAY, posting.start().getDayOfWeek());
            assertTrue(!posting.start().isBefore(LocalDate.of(2026, 9, 1)) && !posting.start().isAfter(FLOWS.lastDay()));
            Period length = Period.between(posting.start(), posting.plannedEnd().plusDays(1));
            if (posting.kind().equals("ROTATION")) {
                assertTrue(length.toTotalMonths() >= 12 && length.toTotalMonths() < 36, length.toString());
            } else {
                assertEquals("SUPPORT_TEACHING", posting.kind());
                assertTrue(length.toTotalMonths() >= 4 && length.toTotalMonths() < 36, length.toString());
            }
            assertNotEquals(posting.teacher(), flows.series().teacher(), "the series is taught by another teacher");
        }
    }

    @Test
    void lessons_fall_on_the_weekday_in_the_autumn_term_by_the_last_day_and_some_classroom_misses_one() {
        for (DemoFlows.CommunityFlows flows : FLOWS.communities()) {
            DemoSeries series = flows.series();
            assertEquals("2026-AUTUMN", series.term());
            assertEquals(flows.community().members(), series.classrooms().stream().map(DemoSeries.Classroom::school).toList());
            assertTrue(series.lessons().size() >= 4, "a few lessons");
            assertTrue(series.lessons().stream().anyMatch(lesson -> lesson.classrooms().stream()
                    .anyMatch(classroom -> !classroom.held() && classroom.missedReason() != null && classroom.present() == 0)));
            for (DemoSeries.Lesson lesson : series.lessons()) {
                assertEquals(series.weekday(), lesson.date().getDayOfWeek());
                assertTrue(!lesson.date().isBefore(series.firstDay()) && !lesson.date().isAfter(FLOWS.lastDay()));
                lesson.classrooms().forEach(classroom -> assertTrue(classroom.held() == (classroom.missedReason() == null)));
            }
            assertTrue(series.firstDay().getYear() == 2026 && series.firstDay().getMonthValue() == 9);
        }
        assertTrue(FLOWS.lessonsHeld() > 4L * FLOWS.communities().size() * 9 / 10);
    }

    @Test
    void activities_are_held_on_school_days_by_schools_of_the_community() {
        for (DemoFlows.CommunityFlows flows : FLOWS.communities()) {
            assertTrue(flows.activities().size() == 1 || flows.activities().size() == 2);
            List<String> schools = Stream.concat(Stream.of(flows.community().core()), flows.community().members().stream())
                    .toList();
            for (DemoActivity activity : flows.activities()) {
                assertTrue(schools.contains(activity.host()));
                assertTrue(activity.date().getDayOfWeek().getValue() <= 5 && !activity.date().isAfter(FLOWS.lastDay()));
                assertEquals(schools, activity.planned().stream().map(DemoActivity.Participant::school).toList());
                activity.held().forEach(held -> assertTrue(held.students() >= 1));
            }
        }
    }

    @Test
    void the_school_year_is_the_latest_whose_flows_lie_in_the_past() {
        assertEquals(2026, DemoFlows.completedSchoolYear(LocalDate.of(2026, 11, 30)));
        assertEquals(2026, DemoFlows.completedSchoolYear(LocalDate.of(2026, 10, 31)));
        assertEquals(2025, DemoFlows.completedSchoolYear(LocalDate.of(2026, 10, 30)));
        assertEquals(2025, DemoFlows.completedSchoolYear(LocalDate.of(2026, 3, 1)));
    }

    private static Stream<DemoTeacher> teachers() {
        return FLOWS.communities().stream().flatMap(flows -> Stream.of(flows.posting().teacher(), flows.series().teacher()));
    }
}

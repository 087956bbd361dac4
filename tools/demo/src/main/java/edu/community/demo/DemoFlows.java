package edu.community.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The teacher flows and student exchange of a demo province in one school year, generated from the seed: for a
 * seeded share of the communities whose schools all lie in the division the loader may write, a teacher of the
 * core school posted to a member school (rotation or support teaching, started in September), a weekly synchronous
 * lesson of another core teacher to a classroom of each member with its lessons recorded, and one or two joint
 * activities held. Everything happens between 1 September and 31 October of the year, so the plan is complete
 * (nothing dated after today) from 31 October on, and the same seed and year always give the same plan.
 */
final class DemoFlows {

    /** The last day of the plan; also the cut-off date of the assessment round. */
    static final MonthDay LAST_DAY = MonthDay.of(10, 31);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> SUBJECTS = List.of("数学", "英语", "科学", "音乐", "美术", "语文");
    private static final List<String> ACTIVITY_KINDS = List.of("STUDY_PRACTICE", "SPORTS_OR_ARTS_COMPETITION",
            "LABOUR_PRACTICE", "FRIENDSHIP_EXCHANGE", "COLLECTIVE_EXCHANGE", "ACHIEVEMENT_SHOWCASE");
    private static final List<String> MISSED = List.of("CONNECTION_FAILURE", "SCHOOL_EVENT", "SCHOOL_CLOSED");

    /** What one sampled community does in the year. */
    record CommunityFlows(DemoCommunity community, DemoPosting posting, DemoSeries series, List<DemoActivity> activities) {
    }

    private final int schoolYear;
    private final List<CommunityFlows> communities;

    private DemoFlows(int schoolYear, List<CommunityFlows> communities) {
        this.schoolYear = schoolYear;
        this.communities = communities;
    }

    /** The latest school year whose plan lies wholly on or before {@code today}. */
    static int completedSchoolYear(LocalDate today) {
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return today.isBefore(LAST_DAY.atYear(year)) ? year - 1 : year;
    }

    /**
     * @param division the division every school of a sampled community lies in (the loader's client writes there)
     * @param share    the share of those communities that get flows, 0 to 1
     */
    static DemoFlows plan(DemoProvince province, long seed, int schoolYear, String division, double share) {
        Map<String, DemoSchool> schools = province.schools().stream()
                .collect(Collectors.toMap(DemoSchool::code, Function.identity()));
        String prefix = division.replaceAll("(00)+$", "");
        LocalDate firstProposal = LocalDate.of(schoolYear, 6, 1);
        Set<String> residentIds = new HashSet<>();
        List<CommunityFlows> planned = new ArrayList<>();
        for (DemoCommunity community : province.communities()) {
            Random random = new Random(seed * 31 + community.id().getLeastSignificantBits());
            boolean inDivision = community.core().startsWith(prefix)
                    && community.members().stream().allMatch(member -> member.startsWith(prefix));
            if (random.nextDouble() >= share || !inDivision || community.formedOn().isAfter(firstProposal)) {
                continue;
            }
            int number = planned.size() + 1;
            DemoSchool core = schools.get(community.core());
            DemoTeacher posted = teacher(core, 2 * number - 1, schoolYear, random, residentIds);
            DemoTeacher teaching = teacher(core, 2 * number, schoolYear, random, residentIds);
            planned.add(new CommunityFlows(community, posting(community, posted, schoolYear, random),
                    series(community, core, teaching, schoolYear, random),
                    activities(community, core, schoolYear, random)));
        }
        return new DemoFlows(schoolYear, List.copyOf(planned));
    }

    int schoolYear() {
        return schoolYear;
    }

    LocalDate lastDay() {
        return LAST_DAY.atYear(schoolYear);
    }

    List<CommunityFlows> communities() {
        return communities;
    }

    long postings() {
        return communities.size();
    }

    long lessonsHeld() {
        return communities.stream().flatMap(flows -> flows.series().lessons().stream()).filter(DemoSeries.Lesson::held)
                .count();
    }

    long activities() {
        return communities.stream().mapToLong(flows -> flows.activities().size()).sum();
    }

    /** An id derived from the seed, the year and what it names: the same on every run. */
    static UUID id(long seed, int schoolYear, String what) {
        return UUID.nameUUIDFromBytes(("edu-community demo flows " + seed + " " + schoolYear + " " + what)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static DemoTeacher teacher(DemoSchool school, int number, int schoolYear, Random random,
                                       Set<String> residentIds) {
        LocalDate birthDate = LocalDate.of(1972 + random.nextInt(24), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean male = random.nextBoolean();
        int sequence = 2 * random.nextInt(500) + (male ? 1 : 0);
        String residentId = DemoTeacher.residentId(school.county(), birthDate, sequence);
        while (!residentIds.add(residentId)) {
            sequence = (sequence + 2) % 1000;
            residentId = DemoTeacher.residentId(school.county(), birthDate, sequence);
        }
        double title = random.nextDouble();
        double backbone = random.nextDouble();
        return new DemoTeacher(String.format("演示教师%05d", number), residentId, male ? "MALE" : "FEMALE", birthDate,
                String.format("demo-teacher-%05d@example.invalid", number), school.code(),
                LocalDate.of(2020 + random.nextInt(Math.min(4, schoolYear - 2020)), 9, 1),
                title < 0.2 ? "SENIOR" : title < 0.7 ? "FIRST_GRADE" : "SECOND_GRADE",
                backbone < 0.6 ? "NONE" : backbone < 0.9 ? "COUNTY" : "CITY",
                List.of(SUBJECTS.get(random.nextInt(SUBJECTS.size()))));
    }

    /** Proposed in June, approved a few days later, started on a Monday of early September. */
    private static DemoPosting posting(DemoCommunity community, DemoTeacher teacher, int schoolYear, Random random) {
        LocalDate proposed = LocalDate.of(schoolYear, 6, 1 + random.nextInt(20));
        LocalDate start = LocalDate.of(schoolYear, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .plusWeeks(random.nextInt(2));
        boolean rotation = random.nextDouble() < 0.6;
        LocalDate plannedEnd = rotation ? LocalDate.of(schoolYear + 2, 7, 31) : LocalDate.of(schoolYear + 1, 1, 31);
        String destination = community.members().get(random.nextInt(community.members().size()));
        return new DemoPosting(teacher, rotation ? "ROTATION" : "SUPPORT_TEACHING", destination, proposed,
                proposed.plusDays(3 + random.nextInt(7)), start, plannedEnd);
    }

    /** Weekly from the second week of September, skipping the National Day week, all by 31 October. */
    private static DemoSeries series(DemoCommunity community, DemoSchool core, DemoTeacher teacher, int schoolYear,
                                     Random random) {
        int grade = switch (core.level()) {
            case "JUNIOR" -> 7 + random.nextInt(3);
            case "NINE_YEAR" -> 4 + random.nextInt(5);
            default -> 3 + random.nextInt(4);
        };
        List<DemoSeries.Classroom> classrooms = community.members().stream()
                .map(member -> new DemoSeries.Classroom(member, grade + "-1", 20 + random.nextInt(26))).toList();
        DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(5));
        LocalDate firstDay = LocalDate.of(schoolYear, 9, 7).with(TemporalAdjusters.nextOrSame(weekday));
        int count = 4 + random.nextInt(3);
        int missedLesson = 1 + random.nextInt(count - 1);
        List<DemoSeries.Lesson> lessons = new ArrayList<>();
        for (LocalDate date = firstDay; lessons.size() < count && !date.isAfter(LAST_DAY.atYear(schoolYear));
             date = date.plusWeeks(1)) {
            if (nationalDay(date)) {
                continue;
            }
            boolean missing = lessons.size() == missedLesson;
            int missedClassroom = random.nextInt(classrooms.size());
            String reason = MISSED.get(random.nextInt(MISSED.size()));
            List<DemoSeries.ClassroomLesson> taught = new ArrayList<>();
            for (int i = 0; i < classrooms.size(); i++) {
                DemoSeries.Classroom classroom = classrooms.get(i);
                boolean missed = missing && i == missedClassroom;
                taught.add(new DemoSeries.ClassroomLesson(classroom.school(), classroom.classroomId(), !missed,
                        missed ? 0 : classroom.enrolled() - random.nextInt(4), missed ? reason : null));
            }
            lessons.add(new DemoSeries.Lesson(date, taught));
        }
        return new DemoSeries(teacher, SUBJECTS.get(random.nextInt(SUBJECTS.size())), grade, core.code(), classrooms,
                weekday, 40, schoolYear + "-AUTUMN", firstDay, lessons);
    }

    /** One or two activities on school days from mid-September to the end of October, each hosted by one school. */
    private static List<DemoActivity> activities(DemoCommunity community, DemoSchool core, int schoolYear,
                                                 Random random) {
        List<String> schools = new ArrayList<>(List.of(core.code()));
        schools.addAll(community.members());
        List<DemoActivity> activities = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        while (activities.size() < count) {
            LocalDate date = LocalDate.of(schoolYear, 9, 14).plusDays(random.nextInt(47));
            if (date.getDayOfWeek().getValue() > 5 || nationalDay(date)) {
                continue;
            }
            int grade = 3 + random.nextInt(4);
            List<DemoActivity.Participant> planned = schools.stream()
                    .map(school -> new DemoActivity.Participant(school, grade, 15 + random.nextInt(36))).toList();
            List<DemoActivity.Participant> held = planned.stream().map(participant -> new DemoActivity.Participant(
                    participant.school(), grade, Math.max(1, participant.students() - random.nextInt(4)))).toList();
            activities.add(new DemoActivity(ACTIVITY_KINDS.get(random.nextInt(ACTIVITY_KINDS.size())),
                    schools.get(random.nextInt(schools.size())), date, planned, 60 + 30 * random.nextInt(6), held));
        }
        return activities;
    }

    private static boolean nationalDay(LocalDate date) {
        return date.getMonthValue() == 10 && date.getDayOfMonth() <= 8;
    }
}

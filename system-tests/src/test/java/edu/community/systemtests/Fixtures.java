package edu.community.systemtests;

import edu.community.reference.ResidentIdNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the matrix acts on, written through the gateway by the province officer, each with codes of its own.
 * Dates lie in the past so that every step (a posting started and completed, an activity held) is a real one.
 */
final class Fixtures {

    static final String WRITER = "province-officer";
    /** The school in the school officer's {@code school} claim (deploy/keycloak/edu-realm.json). */
    static final String OWN_SCHOOL = "3301060001";
    static final String SCHOOLS_OPEN = "2019-09-01";
    static final String COMMUNITY_FORMED = "2021-09-01";
    static final String CHANGED_ON = "2025-09-01";

    private final Api api;
    /** Shared by every test class of the run, which share one system. */
    private static final Map<String, AtomicInteger> CODES = new ConcurrentHashMap<>();
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static boolean ownSchoolRegistered;

    Fixtures(Api api) {
        this.api = api;
    }

    Api api() {
        return api;
    }

    /** A school code of the county that no fixture has used (the own school's code is never handed out). */
    String newSchoolCode(String county) {
        int next = CODES.computeIfAbsent(county, c -> new AtomicInteger(1000)).getAndIncrement();
        return county + String.format("%04d", next);
    }

    /** The school officer's own school, registered once per run. */
    void ownSchool() {
        synchronized (Fixtures.class) {
            if (!ownSchoolRegistered) {
                registerSchool(OWN_SCHOOL, "330106", "URBAN");
                ownSchoolRegistered = true;
            }
        }
    }

    String school(String county, String classification) {
        String code = newSchoolCode(county);
        registerSchool(code, county, classification);
        return code;
    }

    void registerSchool(String code, String county, String classification) {
        api.json(WRITER, "POST", "/api/v1/schools", schoolBody(code, county, classification)).ok();
    }

    static Map<String, Object> schoolBody(String code, String county, String classification) {
        return Map.of("schoolCode", code, "name", "学校 " + code, "countyCode", county,
                "classification", classification, "level", "PRIMARY", "enrolment", 300, "effectiveDate", SCHOOLS_OPEN);
    }

    /** A collaborative community (协作型): a school may belong to any number of them, across counties. */
    String community(String core, List<String> members) {
        return api.json(WRITER, "POST", "/api/v1/communities", communityBody(core, members)).ok().field("communityId");
    }

    static Map<String, Object> communityBody(String core, List<String> members) {
        return Map.of("name", "共同体 " + core, "model", "COLLABORATIVE", "coreSchool", core, "members", members,
                "agreement", Map.of("signedOn", "2021-08-01", "goals", "城乡共进", "content", "同步课堂与交流轮岗",
                        "termStart", COMMUNITY_FORMED, "termEnd", "2027-08-31"),
                "effectiveDate", COMMUNITY_FORMED);
    }

    /** Closes a school; a school in an active community cannot close, so its communities are dissolved first. */
    void closeSchool(String school) {
        for (var membership : api.get(WRITER, "/api/v1/schools/" + school + "/memberships").ok().json()) {
            if (membership.path("to").isMissingNode() || membership.path("to").isNull()) {
                api.json(WRITER, "POST", "/api/v1/communities/" + membership.path("communityId").asText() + "/dissolution",
                        Map.of("reason", "撤并", "effectiveDate", CHANGED_ON)).ok();
            }
        }
        api.json(WRITER, "POST", "/api/v1/schools/" + school + "/closure",
                Map.of("effectiveDate", CHANGED_ON, "reason", "撤并")).ok();
    }

    String staff(String school) {
        return api.json(WRITER, "POST", "/api/v1/staff", staffBody(school)).ok().field("staffId");
    }

    /** A teacher appointed at the school in 2020, with a resident ID number of its own (valid check character). */
    Map<String, Object> staffBody(String school) {
        int n = PEOPLE.incrementAndGet();
        return Map.ofEntries(Map.entry("name", "教师 " + n), Map.entry("residentId", residentId(n)),
                Map.entry("gender", "FEMALE"), Map.entry("birthDate", birthDate(n).toString()),
                Map.entry("contact", "0571-" + n), Map.entry("role", "TEACHER"),
                Map.entry("schoolCode", school), Map.entry("appointedOn", "2020-09-01"), Map.entry("title", "FIRST_GRADE"),
                Map.entry("backbone", "NONE"), Map.entry("subjects", List.of("数学")));
    }

    /** The CSV of a staff import with one row, as {@link #staffBody}. */
    String staffCsv(String school) {
        Map<String, Object> row = staffBody(school);
        return "name,residentId,gender,birthDate,contact,role,schoolCode,appointedOn,title,backbone,subjects\n"
                + String.join(",", List.of((String) row.get("name"), (String) row.get("residentId"), "FEMALE",
                (String) row.get("birthDate"), (String) row.get("contact"), "TEACHER", school, "2020-09-01", "FIRST_GRADE",
                "NONE", "数学")) + "\n";
    }

    /** A resident ID number (居民身份证号码) of Xihu, born on {@link #birthDate}, with its check character. */
    private static String residentId(int n) {
        String first = "330106" + birthDate(n).toString().replace("-", "") + String.format("%03d", n % 1000);
        return first + ResidentIdNumbers.checkCharacter(first);
    }

    private static LocalDate birthDate(int n) {
        return LocalDate.of(1970, 1, 1).plusDays(n);
    }

    String mentorship(String mentor, String apprentice) {
        return api.json(WRITER, "POST", "/api/v1/mentorships", Map.of("mentorId", mentor, "apprenticeId", apprentice,
                "mode", "ON_SITE", "effectiveDate", CHANGED_ON)).ok().field("mentorshipId");
    }

    /** A rotation (交流轮岗) of the school year 2024, proposed in May 2024. */
    static Map<String, Object> postingBody(String staff, String destination) {
        return Map.of("staffId", staff, "kind", "ROTATION", "destinationSchool", destination,
                "plannedStart", "2024-09-01", "plannedEnd", "2025-08-31", "reason", "城乡交流", "effectiveDate", "2024-05-01");
    }

    String posting(String staff, String destination) {
        return api.json(WRITER, "POST", "/api/v1/postings", postingBody(staff, destination)).ok().field("postingId");
    }

    void postingStep(String posting, String step, Map<String, Object> body) {
        api.json(WRITER, "POST", "/api/v1/postings/" + posting + "/" + step, body).ok();
    }

    static Map<String, Object> activityBody(String community, String host, String guest) {
        return Map.of("kind", "FRIENDSHIP_EXCHANGE", "communityId", community, "hostSchool", host, "date", "2026-10-10",
                "plannedParticipants", List.of(Map.of("schoolCode", guest, "grade", 5, "students", 30)));
    }

    String activity(String community, String host, String guest) {
        return api.json(WRITER, "POST", "/api/v1/activities", activityBody(community, host, guest)).ok().field("activityId");
    }

    static Map<String, Object> activityRecord(String guest, int minutes) {
        return Map.of("heldOn", "2026-10-10", "durationMinutes", minutes,
                "participants", List.of(Map.of("schoolCode", guest, "grade", 5, "students", 28)), "reason", "按实际记录");
    }

    static Map<String, Object> seriesBody(String community, String teaching, String receiving) {
        return Map.of("communityId", community, "subject", "数学", "grade", 5, "teachingSchool", teaching,
                "teacherId", "teacher-1", "receivingClassrooms",
                List.of(Map.of("schoolCode", receiving, "classroomId", "5-1", "enrolled", 30)),
                "weekday", "TUESDAY", "lessonMinutes", 40, "term", "2026-AUTUMN", "firstDay", "2026-09-01");
    }

    String series(String community, String teaching, String receiving) {
        return api.json(WRITER, "POST", "/api/v1/sync-series", seriesBody(community, teaching, receiving)).ok()
                .field("seriesId");
    }

    static Map<String, Object> lesson(String receiving, int present) {
        return Map.of("classrooms", List.of(Map.of("schoolCode", receiving, "classroomId", "5-1", "held", true,
                "present", present)));
    }

    static final String STATISTICS_COLUMNS = "students,teachers,qualifiedTeachers,backboneTeachers,peArtsTeachers,"
            + "midTitledTeachers,multimediaClassrooms,computers,books,floorSpace,sportsSpace,equipmentValue";
    static final String STATISTICS_FIGURES = "300,25,20,3,3,12,8,40,3000,1500.0,2400.0,630000.0";

    static Map<String, Object> statisticsBody() {
        String[] names = STATISTICS_COLUMNS.split(",");
        String[] values = STATISTICS_FIGURES.split(",");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            body.put(names[i], values[i].contains(".") ? (Object) Double.valueOf(values[i]) : Integer.valueOf(values[i]));
        }
        return body;
    }
}

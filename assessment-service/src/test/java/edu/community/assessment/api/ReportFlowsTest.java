package edu.community.assessment.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.Topics;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.exchange.ActivityCancelled;
import edu.community.contracts.exchange.ActivityHeld;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.exchange.ActivityPlanned;
import edu.community.contracts.exchange.ActivityPostponed;
import edu.community.contracts.exchange.ActivityRecordCorrected;
import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.MissedReason;
import edu.community.contracts.exchange.ParticipantCount;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCancelled;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingEndedEarly;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRole;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Teacher flows and student exchange in the provincial report, fed as staffing-service and exchange-service publish
 * them, in 江西 (36) where no other test of the module puts schools: the figures at community, county, city and
 * province on two dates, the evidence with weights, CSV, a backdated correction, and a rebuild equal to the live
 * report.
 *
 * <p>Schools, registered 2020-09-01: U 3601020001 (东湖区, urban, the core of K), R 3601210001 (南昌县, rural) and
 * T 3601230001 (安义县, township), members of K (integrated) from 2021-03-01; V 3602020001 (景德镇 昌江区, urban).
 * Postings: P1 a backbone principal U → R (support teaching) 2024-09-01 to 2025-06-30; P2 R → U (placement
 * training) from 2024-10-08; P3 V → T (rotation) 2024-09-02, ended early 2024-12-31; P4 cancelled. Activities of
 * K: A1 at R held 2024-11-20 with 55 participants (corrected late to 2024-10-20); A2 cancelled; A3 at T held
 * 2025-05-20 with 20. A series of U received by R (30 enrolled) and T (20), 40-minute lessons.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFlowsTest {

    static final String OFFICER = TestTokens.bearer("360000", "province-officer");
    static final String U = "3601020001", R = "3601210001", T = "3601230001", V = "3602020001";
    static final String K = UUID.nameUUIDFromBytes("flows K".getBytes()).toString();
    static final String KUNIT = "community/" + K;
    static final String P1 = id("P1"), P2 = id("P2"), P3 = id("P3"), P4 = id("P4");
    static final String A1 = id("A1"), A2 = id("A2"), A3 = id("A3"), Y = id("Y");
    static final LocalDate REGISTERED = LocalDate.of(2020, 9, 1);
    static final List<String> UNITS = List.of("360000", "360100", "360200", "360102", "360121", "360123", "360202");
    static final List<String> DATES = List.of("2024-09-30", "2024-10-20", "2024-11-19", "2024-11-20", "2025-03-01",
            "2025-07-15", "2025-09-15");

    @Inject
    ObjectMapper json;

    private CommunityTopic staffing;
    private CommunityTopic exchange;

    @BeforeEach
    void the_flows_are_published() {
        if (staffing != null) {
            return;
        }
        staffing = new CommunityTopic(json, Topics.STAFFING);
        exchange = new CommunityTopic(json, Topics.EXCHANGE);
        try (CommunityTopic community = new CommunityTopic(json)) {
            school(community, U, "360102", SchoolClassification.URBAN);
            school(community, R, "360121", SchoolClassification.RURAL);
            school(community, T, "360123", SchoolClassification.TOWNSHIP);
            school(community, V, "360202", SchoolClassification.URBAN);
            LocalDate formed = LocalDate.of(2021, 3, 1);
            community.publish("community-" + K, new CommunityFormed(K, "K", CommunityModel.INTEGRATED, null, U,
                    List.of(R, T), new Agreement(formed, "goals", "content", formed, formed.plusYears(5)), formed));
            community.flush();
        }
        staff("S1", U, StaffRole.PRINCIPAL, BackboneLevel.COUNTY);
        staff("S2", R, StaffRole.TEACHER, BackboneLevel.NONE);
        staff("S3", V, StaffRole.TEACHER, BackboneLevel.NONE);
        posting(P1, "S1", PostingKind.SUPPORT_TEACHING, U, R, "2024-09-01");
        staffing.publish("posting-" + P1, new PostingCompleted(P1, "officer", false, LocalDate.of(2025, 6, 30)));
        posting(P2, "S2", PostingKind.PLACEMENT_TRAINING, R, U, "2024-10-08");
        posting(P3, "S3", PostingKind.ROTATION, V, T, "2024-09-02");
        staffing.publish("posting-" + P3, new PostingEndedEarly(P3, "officer", "health", LocalDate.of(2024, 12, 31)));
        staffing.publish("posting-" + P4, new PostingProposed(P4, "S2", PostingKind.ROTATION, R, V,
                LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31), "officer", "why", LocalDate.of(2025, 1, 5)));
        staffing.publish("posting-" + P4, new PostingCancelled(P4, "officer", "no", LocalDate.of(2025, 1, 20)));
        staffing.flush();

        activity(A1, ActivityKind.STUDY_PRACTICE, R, "2024-11-15");
        exchange.publish("activity-" + A1, new ActivityPostponed(A1, LocalDate.of(2024, 11, 15), "rain",
                LocalDate.of(2024, 11, 20)));
        exchange.publish("activity-" + A1, new ActivityHeld(A1, 120, participants(30, 25), LocalDate.of(2024, 11, 20)));
        activity(A2, ActivityKind.SPORTS_OR_ARTS_COMPETITION, U, "2025-05-10");
        exchange.publish("activity-" + A2, new ActivityCancelled(A2, "storm", LocalDate.of(2025, 5, 10)));
        activity(A3, ActivityKind.FRIENDSHIP_EXCHANGE, T, "2025-05-20");
        exchange.publish("activity-" + A3, new ActivityHeld(A3, 90, participants(12, 8), LocalDate.of(2025, 5, 20)));
        exchange.publish("sync-series-" + Y, new SyncSeriesPlanned(Y, K, "数学", 5, U, "teacher-1",
                List.of(new ReceivingClassroom(R, "5-1", 30), new ReceivingClassroom(T, "5-1", 20)), DayOfWeek.MONDAY,
                40, "2024-AUTUMN", LocalDate.of(2024, 10, 14)));
        lesson(false, "2024-10-14", 28, 18);
        lesson(false, "2024-10-21", 27, -1);
        lesson(false, "2024-10-28", -1, -1);
        lesson(false, "2025-04-07", 30, 20);
        exchange.flush();
        ReportFigures.await(OFFICER, "divisions/360000", "2025-07-15", "sync.lessons", 3);
        ReportFigures.await(OFFICER, "divisions/360000", "2025-07-15", "activities.held", 2);
        ReportFigures.await(OFFICER, "divisions/360000", "2025-03-01", "postings.started", 3);
    }

    @Test
    @Order(1)
    void postings_count_in_both_schools_divisions_once_and_in_the_community_that_has_both() {
        Map<String, Integer> march = Map.ofEntries(
                Map.entry("postings.active", 2), Map.entry("postings.active.SUPPORT_TEACHING", 1),
                Map.entry("postings.active.PLACEMENT_TRAINING", 1),
                Map.entry("postings.started", 3), Map.entry("postings.started.SUPPORT_TEACHING", 1),
                Map.entry("postings.started.PLACEMENT_TRAINING", 1), Map.entry("postings.started.ROTATION", 1),
                Map.entry("postings.started.urbanToRural", 2), Map.entry("postings.started.ruralToUrban", 1),
                Map.entry("postings.started.withinCommunity", 2), Map.entry("postings.started.crossRegion", 3),
                Map.entry("postings.started.principals", 1), Map.entry("postings.started.backbone", 1));
        assertEquals(march, flows(report("360000", "2025-03-01"), "postings."));
        assertEquals(march, flows(report("360100", "2025-03-01"), "postings."), "P3's destination is in 南昌");
        assertEquals(Map.of("postings.started", 1, "postings.started.ROTATION", 1,
                "postings.started.urbanToRural", 1, "postings.started.crossRegion", 1),
                flows(report("360200", "2025-03-01"), "postings."), "P3 ended on 2024-12-31");
        assertEquals(2, report("360102", "2025-03-01").getInt("figures.'postings.started'"));
        JsonPath county = report("360102", "2025-03-01");
        Map<String, Object> line = county.getMap("children.find { it.unit == '" + KUNIT + "' }.figures");
        assertEquals(2, line.get("postings.started.withinCommunity"));
        assertEquals(2, line.get("postings.active"));

        JsonPath july = report("360000", "2025-07-15");
        assertEquals(1, july.getInt("figures.'postings.active'"), "P1's last day was 2025-06-30");
        assertEquals(3, july.getInt("figures.'postings.started'"));
        JsonPath nextYear = report("360000", "2025-09-15");
        assertEquals(Map.of("postings.active", 1, "postings.active.PLACEMENT_TRAINING", 1),
                flows(nextYear, "postings."), "a new school year has started none yet");
    }

    @Test
    @Order(2)
    void rotation_ratios_and_rural_years_follow_the_shared_rules_of_staffing() {
        // Rule 5: P1 (support teaching, from the urban U, a county-level backbone) and P3 (rotation, from the urban V)
        // rotate; P2 is placement training. Nobody has six years at one school by 1 September 2024.
        JsonPath march = report("360000", "2025-03-01");
        assertEquals(Map.of("rotation.rotated", 2, "rotation.backboneRotated", 1), flows(march, "rotation."));
        assertEquals(0.5, march.getDouble("shares.'rotation.backboneRotated'"));
        assertTrue(!march.getMap("shares").containsKey("rotation.rotated"), "a share over nobody eligible is left out");
        assertEquals(Map.of("rotation.rotated", 1, "rotation.backboneRotated", 1),
                flows(report("360102", "2025-03-01"), "rotation."), "counted in the urban school's county");
        assertEquals(Map.of("rotation.rotated", 1), flows(report("360200", "2025-03-01"), "rotation."));
        assertEquals(Map.of(), flows(report("360000", "2025-09-15"), "rotation."), "a new school year");
        // Rule 6: S2, appointed at the rural R since 2020-09-01, has had a year of rural days since 2021-08-31, and
        // counts in R's county while in service, posted away or not; S1's 303 days at R are not a year.
        for (String date : List.of("2024-09-30", "2025-03-01", "2025-09-15")) {
            assertEquals(Map.of("staff.ruralServiceYear", 1), flows(report("360000", date), "staff."), date);
            assertEquals(Map.of("staff.ruralServiceYear", 1), flows(report("360121", date), "staff."), date);
        }
        JsonPath evidence = evidence("360100", "rotation.rotated", "2025-03-01");
        assertEquals(List.of("S1/360102"), evidence.getList("items.subject"), "opaque staff ids only");
    }

    @Test
    @Order(2)
    void activities_and_lessons_count_with_their_sums_and_the_attendance_rate() {
        JsonPath march = report("360000", "2025-03-01");
        assertEquals(Map.of("activities.held", 1, "activities.held.STUDY_PRACTICE", 1, "activities.participants", 55),
                flows(march, "activities."));
        assertEquals(Map.of("sync.lessons", 2, "sync.minutes.RURAL", 80, "sync.minutes.TOWNSHIP", 40,
                "sync.attendance.present", 73, "sync.attendance.enrolled", 80), flows(march, "sync."));
        assertEquals(0.9125, march.getDouble("shares.'sync.attendance.present'"));

        JsonPath july = report("360100", "2025-07-15");
        assertEquals(Map.of("activities.held", 2, "activities.held.STUDY_PRACTICE", 1,
                "activities.held.FRIENDSHIP_EXCHANGE", 1, "activities.participants", 75), flows(july, "activities."));
        assertEquals(Map.of("sync.lessons", 3, "sync.minutes.RURAL", 120, "sync.minutes.TOWNSHIP", 80,
                "sync.attendance.present", 123, "sync.attendance.enrolled", 130), flows(july, "sync."));
        assertEquals(Map.of("sync.lessons", 3), flows(report("360102", "2025-07-15"), "sync."),
                "the teaching school's county counts the lessons");
        assertEquals(Map.of("sync.minutes.RURAL", 120, "sync.attendance.present", 85, "sync.attendance.enrolled", 90),
                flows(report("360121", "2025-07-15"), "sync."), "the receiving school's county counts what it received");
        JsonPath community = given().header("Authorization", OFFICER).queryParam("asOf", "2025-07-15")
                .when().get("/api/v1/reports/provincial/communities/" + K).then().statusCode(200).extract().jsonPath();
        assertEquals(123, community.getInt("figures.'sync.attendance.present'"));
        assertEquals(2, community.getInt("figures.'activities.held'"));
        assertEquals(Map.of(), flows(report("360000", "2025-09-15"), "activities."), "a new school year");
    }

    @Test
    @Order(3)
    void evidence_lists_each_posting_once_and_each_sum_with_its_weights() {
        JsonPath started = evidence("360100", "postings.started", "2025-03-01");
        assertEquals(3, started.getInt("value"));
        assertEquals(List.of(P1, P2, P3).stream().sorted().toList(), started.getList("items.subject"));
        assertTrue(started.getList("items[0].events").size() >= 2, "the posting's events");

        JsonPath present = evidence(KUNIT, "sync.attendance.present", "2025-03-01");
        assertEquals(73, present.getInt("value"));
        assertEquals(List.of(Y + "/2024-10-14/" + R, Y + "/2024-10-14/" + T, Y + "/2024-10-21/" + R),
                present.getList("items.subject"));
        assertEquals(List.of(28, 18, 27), present.getList("items.weight"));
        assertEquals(List.of("edu.exchange.SyncSeriesPlanned.v1", "edu.exchange.SyncSessionRecorded.v1"),
                present.getList("items[0].events.type"));
    }

    @Test
    @Order(4)
    void csv_carries_the_new_figures_and_shares() {
        String csv = given().header("Authorization", OFFICER).accept("text/csv").queryParam("asOf", "2025-03-01")
                .when().get("/api/v1/reports/provincial/divisions/360000").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("2024-2025,2025-03-01,360000,\"江西省\",province,postings.started.crossRegion,3\n"), csv);
        assertTrue(csv.contains("2024-2025,2025-03-01,360000,\"江西省\",province,sync.attendance.enrolled,80\n"), csv);
        assertTrue(csv.contains(",360000,\"江西省\",province,share.sync.attendance.present,0.9125\n"), csv);
        assertTrue(csv.contains(",360100,\"南昌市\",city,activities.participants,55\n"), csv);
    }

    @Test
    @Order(5)
    void a_backdated_correction_changes_only_the_dates_it_concerns() {
        // A late correction of the 2024-10-21 lesson: T did hold it, with 19 present.
        Map<String, Map<String, Object>> before = figures();
        lesson(true, "2024-10-21", 27, 19);
        exchange.flush();
        ReportFigures.await(OFFICER, "divisions/360000", "2025-03-01", "sync.attendance.present", 92);
        Map<String, Map<String, Object>> afterLesson = figures();
        for (String key : before.keySet()) {
            boolean concerned = !key.endsWith("2024-09-30") && !key.endsWith("2024-10-20") && !key.endsWith("2025-09-15")
                    && (key.startsWith("360000") || key.startsWith("360100") || key.startsWith("360123")
                    || key.startsWith(KUNIT));
            if (concerned) {
                assertNotEquals(before.get(key), afterLesson.get(key), key);
            } else {
                assertEquals(before.get(key), afterLesson.get(key), key);
            }
        }
        assertEquals(Map.of("sync.lessons", 2, "sync.minutes.RURAL", 80, "sync.minutes.TOWNSHIP", 80,
                "sync.attendance.present", 92, "sync.attendance.enrolled", 100),
                flows(report("360000", "2025-03-01"), "sync."));

        // A1 was in fact held on 2024-10-20, not 2024-11-20, with the same participants: only the month between moves.
        exchange.publish("activity-" + A1, new ActivityRecordCorrected(A1, 120, participants(30, 25), "wrong date",
                LocalDate.of(2024, 10, 20)));
        exchange.flush();
        ReportFigures.await(OFFICER, "divisions/360000", "2024-10-20", "activities.held", 1);
        Map<String, Map<String, Object>> afterActivity = figures();
        for (String key : afterLesson.keySet()) {
            boolean concerned = (key.endsWith("2024-10-20") || key.endsWith("2024-11-19"))
                    && (key.startsWith("360000") || key.startsWith("360100") || key.startsWith("360121")
                    || key.startsWith(KUNIT));
            if (concerned) {
                assertNotEquals(afterLesson.get(key), afterActivity.get(key), key);
            } else {
                assertEquals(afterLesson.get(key), afterActivity.get(key), key);
            }
        }
        assertEquals(55, report("360121", "2024-11-19").getInt("figures.'activities.participants'"));
    }

    @Test
    @Order(6)
    void a_rebuild_from_offset_zero_equals_the_live_report() throws InterruptedException {
        Map<String, Map<String, Object>> live = figures();
        Map<String, String> evidence = new HashMap<>();
        for (String figure : List.of("postings.started", "activities.participants", "sync.minutes.TOWNSHIP")) {
            evidence.put(figure, evidence("360000", figure, "2025-03-01").prettify());
        }
        given().header("Authorization", OFFICER).when().post("/api/v1/reports/provincial/rebuild").then().statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String state = "RUNNING";
        while (!"SWITCHED".equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = given().header("Authorization", OFFICER).when().get("/api/v1/reports/provincial/rebuild")
                    .then().statusCode(200).extract().path("state");
            assertTrue(!"FAILED".equals(state), "the rebuild failed");
        }
        assertEquals("SWITCHED", state);
        assertEquals(live, figures());
        evidence.forEach((figure, before) ->
                assertEquals(before, evidence("360000", figure, "2025-03-01").prettify(), figure));
        assertTrue(live.values().stream().anyMatch(figures -> figures.containsKey("sync.attendance.present")));
    }

    /** Every figure and share of every unit on every date, by {@code unit@date}. */
    private static Map<String, Map<String, Object>> figures() {
        Map<String, Map<String, Object>> all = new HashMap<>();
        for (String date : DATES) {
            for (String unit : UNITS) {
                JsonPath report = report(unit, date);
                Map<String, Object> figures = new HashMap<>(report.getMap("figures"));
                report.getMap("shares").forEach((name, share) -> figures.put("share." + name, share));
                all.put(unit + "@" + date, figures);
            }
            JsonPath community = given().header("Authorization", OFFICER).queryParam("asOf", date)
                    .when().get("/api/v1/reports/provincial/communities/" + K).then().statusCode(200)
                    .extract().jsonPath();
            all.put(KUNIT + "@" + date, community.getMap("figures"));
        }
        return all;
    }

    private static Map<String, Object> flows(JsonPath report, String prefix) {
        Map<String, Object> figures = new HashMap<>();
        report.getMap("figures", String.class, Object.class).forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                figures.put(name, value);
            }
        });
        return figures;
    }

    static JsonPath report(String division, String asOf) {
        return given().header("Authorization", OFFICER).queryParam("asOf", asOf)
                .when().get("/api/v1/reports/provincial/divisions/" + division)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath evidence(String unit, String figure, String asOf) {
        return given().header("Authorization", OFFICER).queryParam("unit", unit).queryParam("figure", figure)
                .queryParam("asOf", asOf).when().get("/api/v1/reports/provincial/evidence")
                .then().statusCode(200).extract().jsonPath();
    }

    private void staff(String id, String school, StaffRole role, BackboneLevel backbone) {
        staffing.publish("staff-" + id, new StaffRegistered(id, role, school, ProfessionalTitle.SENIOR, backbone,
                List.of("数学"), REGISTERED));
    }

    private void posting(String id, String staffId, PostingKind kind, String origin, String destination, String start) {
        LocalDate on = LocalDate.parse(start);
        staffing.publish("posting-" + id, new PostingProposed(id, staffId, kind, origin, destination, on,
                on.plusYears(1).minusDays(1), "officer", "why", on.minusMonths(3)));
        staffing.publish("posting-" + id, new PostingApproved(id, "officer", "ok", on.minusMonths(2)));
        staffing.publish("posting-" + id, new PostingStarted(id, "officer", on));
    }

    private void activity(String id, ActivityKind kind, String host, String on) {
        exchange.publish("activity-" + id, new ActivityPlanned(id, kind, K, host,
                List.of(new ParticipantCount(R, 5, 30)), LocalDate.parse(on)));
    }

    /** A lesson of the series: students present at R and at T, -1 where the classroom missed it. */
    private void lesson(boolean correction, String on, int atR, int atT) {
        List<ClassroomSession> rooms = List.of(session(R, atR), session(T, atT));
        exchange.publish("sync-series-" + Y, correction
                ? new SyncSessionCorrected(Y, rooms, "late record", LocalDate.parse(on))
                : new SyncSessionRecorded(Y, rooms, LocalDate.parse(on)));
    }

    private static ClassroomSession session(String school, int present) {
        return present < 0 ? new ClassroomSession(school, "5-1", false, 0, MissedReason.CONNECTION_FAILURE, "lost")
                : new ClassroomSession(school, "5-1", true, present, null, null);
    }

    private static List<ParticipantCount> participants(int atR, int atT) {
        return List.of(new ParticipantCount(R, 5, atR), new ParticipantCount(T, 5, atT));
    }

    private static void school(CommunityTopic topic, String code, String county, SchoolClassification classification) {
        topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, county, classification,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 300, false, false, false, REGISTERED));
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("flows " + name).getBytes()).toString();
    }
}

package edu.community.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.Topics;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.MissedReason;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRole;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worked round of the module README ("Community assessment"): Suzhou (320500) ranks its communities with a scheme
 * of measured and scored indicators; two assessors, one refused for a conflict of interest; a tie broken by the stated
 * rule; the default stepped rewards; publication; a late, backdated member that leaves the published round as it was
 * (read and recomputed) and shows in version 2 of a correction. Every figure through the API.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CommunityAssessmentTest {

    static final String PROBLEM = "urn:edu-community:problem:";
    static final String CITY_OFFICER = TestTokens.bearer("320500", "city-officer");
    static final String HUQIU_OFFICER = TestTokens.bearer("320505", "county-officer");
    static final String WUXI_ASSESSOR = TestTokens.bearerFor("assessor-wuxi", "320200", "assessor");
    static final String HUQIU_ASSESSOR = TestTokens.bearerFor("assessor-huqiu", "320505", "assessor");
    static final String UNASSIGNED_ASSESSOR = TestTokens.bearerFor("assessor-unassigned", "320200", "assessor");
    static final String P = "3205050001", Q = "3205050002", R = "3205050003";
    static final String S = "3205060001", T = "3205060002", U = "3205060003", W = "3205060004";
    static final String V = "3202050001", X = "3202050002";
    static final String K1 = "00000000-0000-4000-8000-000000320505";
    static final String K2 = "00000000-0000-4000-8000-000000320506";
    static final String K3 = "00000000-0000-4000-8000-000000320205";
    static final String SCHEME = "00000000-0000-4000-8000-00000032050a";
    static final String ROUND = "00000000-0000-4000-8000-00000032050b";
    static final String SERIES_K1 = "00000000-0000-4000-8000-00000032050c";
    static final String SERIES_K2 = "00000000-0000-4000-8000-00000032050d";
    static final LocalDate REGISTERED = LocalDate.of(2020, 9, 1);
    static final String READER = TestTokens.bearer("320000", "analyst");

    @Inject
    ObjectMapper json;

    /** The worked round's exchange topic, open for the whole test: a later lesson record is its series' next version. */
    private CommunityTopic exchange;

    @AfterEach
    void closeTheExchangeTopic() {
        if (exchange != null) {
            exchange.close();
        }
    }

    @Test
    void a_worked_round_is_scored_ranked_rewarded_published_and_corrected() {
        exchange = new CommunityTopic(json, Topics.EXCHANGE);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            for (String school : List.of(P, S, V)) {
                school(topic, school, SchoolClassification.URBAN);
            }
            for (String school : List.of(Q, R, T, U, W, X)) {
                school(topic, school, SchoolClassification.RURAL);
            }
            formed(topic, K1, P, Q);
            formed(topic, K2, S, T);
            formed(topic, K3, V, X);
            topic.publish("community-" + K1, new MemberJoined(K1, R, LocalDate.of(2025, 10, 1)));
            topic.publish("community-" + K2, new MemberJoined(K2, U, LocalDate.of(2025, 10, 1)));
            topic.flush();
        }
        // Each community posts a teacher from its core school to a member school and teaches two synchronous lessons
        // of 45 minutes to it (90 minutes to a rural school: 1.5 hours).
        try (CommunityTopic staffing = new CommunityTopic(json, Topics.STAFFING)) {
            posting(staffing, "K1", P, Q, LocalDate.of(2025, 9, 15));
            posting(staffing, "K2", S, T, LocalDate.of(2025, 10, 8));
            for (String[] series : List.of(new String[]{K1, SERIES_K1, P, Q}, new String[]{K2, SERIES_K2, S, T})) {
                exchange.publish("sync-series-" + series[1], new SyncSeriesPlanned(series[1], series[0], "数学", 5,
                        series[2], "teacher-" + series[2], List.of(new ReceivingClassroom(series[3], "5-1", 30)),
                        DayOfWeek.MONDAY, 45, "2025-AUTUMN", LocalDate.of(2025, 9, 1)));
                for (LocalDate lesson : List.of(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 10))) {
                    exchange.publish("sync-series-" + series[1], new SyncSessionRecorded(series[1],
                            List.of(new ClassroomSession(series[3], "5-1", true, 28, null, null)), lesson));
                }
            }
            staffing.flush();
            exchange.flush();
        }
        ReportFigures.await(READER, "communities/" + K1, "2026-06-30", "members", 2);
        ReportFigures.await(READER, "communities/" + K2, "2026-06-30", "members", 2);
        for (String community : List.of(K1, K2)) {
            ReportFigures.await(READER, "communities/" + community, "2026-06-30", "postings.started", 1);
            ReportFigures.await(READER, "communities/" + community, "2026-06-30", "sync.minutes.RURAL", 90);
        }

        // The scheme: coverage (measured, 30), postings (measured, 10), synchronous hours to rural and township
        // schools (measured, 10), teaching (scored, 50); rewards left to the default.
        Map<String, Object> scheme = Map.of("schemeId", SCHEME, "name", "苏州市教共体评估 2025", "division", "320500",
                "schoolYear", 2025, "indicators", List.of(
                        Map.of("code", "coverage", "name", "成员校覆盖", "kind", "MEASURED", "measure", "COVERAGE",
                                "weight", 30, "bands", List.of(band(0, 2, 0), band(2, 3, 50), Map.of("from", 3, "points", 100))),
                        Map.of("code", "postings", "name", "交流轮岗", "kind", "MEASURED", "measure", "POSTINGS",
                                "weight", 10, "bands", List.of(band(0, 1, 0), Map.of("from", 1, "points", 100))),
                        Map.of("code", "sync-hours", "name", "同步课堂送教乡村", "kind", "MEASURED", "measure",
                                "SYNC_HOURS", "weight", 10,
                                "bands", List.of(band(0, 1, 0), Map.of("from", 1, "points", 100))),
                        Map.of("code", "teaching", "name", "同步教学质量", "kind", "SCORED", "weight", 50)));
        write(HUQIU_OFFICER, "POST", "/api/v1/assessment/schemes", scheme).then().statusCode(403)
                .body("type", equalTo(PROBLEM + "outside-division"));
        write(CITY_OFFICER, "POST", "/api/v1/assessment/schemes", Map.of("name", "broken", "division", "320500",
                "schoolYear", 2025, "indicators", List.of(Map.of("code", "teaching", "name", "t", "kind", "SCORED",
                        "weight", 60)))).then().statusCode(422).body("rule", equalTo("scheme.weights-not-100"));
        write(CITY_OFFICER, "POST", "/api/v1/assessment/schemes", scheme).then().statusCode(201)
                .body("rewards", equalTo(List.of(1_000_000, 500_000, 300_000)));

        Map<String, Object> round = Map.of("roundId", ROUND, "schemeId", SCHEME, "division", "320500",
                "cutOffDate", "2026-06-30");
        write(HUQIU_OFFICER, "POST", "/api/v1/assessment/rounds", round).then().statusCode(403)
                .body("type", equalTo(PROBLEM + "outside-division"));
        write(WUXI_ASSESSOR, "POST", "/api/v1/assessment/rounds", round).then().statusCode(403)
                .body("type", equalTo(PROBLEM + "role-not-allowed"));
        JsonPath opened = write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds", round).then().statusCode(201)
                .extract().jsonPath();
        assertEquals("OPEN", opened.getString("status"));
        assertEquals(List.of(K1, K2), opened.getList("communities.communityId"), "K3 lies in Wuxi, outside 320500");
        assertEquals(List.of(P, S), opened.getList("communities.coreSchool"));

        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/assessors",
                Map.of("assessors", List.of("assessor-wuxi", "assessor-huqiu"))).then().statusCode(200)
                .body("assessors", equalTo(List.of("assessor-wuxi", "assessor-huqiu")));

        Map<String, Object> eighty = Map.of("scores", List.of(Map.of("code", "teaching", "score", 80)),
                "comment", "synchronous lessons observed");
        write(UNASSIGNED_ASSESSOR, "PUT", scores(K1), eighty).then().statusCode(422)
                .body("rule", equalTo("round.assessor-not-assigned"));
        write(HUQIU_ASSESSOR, "PUT", scores(K1), eighty).then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE).body("rule", equalTo("round.conflict-of-interest"));
        write(CITY_OFFICER, "PUT", scores(K1), eighty).then().statusCode(403)
                .body("type", equalTo(PROBLEM + "role-not-allowed"));
        write(WUXI_ASSESSOR, "PUT", scores(K1), Map.of("scores", List.of(Map.of("code", "coverage", "score", 80)),
                "comment", "wrong indicator")).then().statusCode(422).body("rule", equalTo("round.scores-incomplete"));
        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/scoring-closure", Map.of("note", "early"))
                .then().statusCode(422).body("rule", equalTo("round.scores-missing"));
        write(WUXI_ASSESSOR, "PUT", scores(K1), eighty).then().statusCode(200);
        write(WUXI_ASSESSOR, "PUT", scores(K2), eighty).then().statusCode(200);
        write(HUQIU_ASSESSOR, "PUT", scores(K2), eighty).then().statusCode(200);
        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/publication", Map.of("note", "too early"))
                .then().statusCode(409).body("rule", equalTo("round.not-scored"));
        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/scoring-closure",
                Map.of("note", "every community scored")).then().statusCode(200).body("status", equalTo("SCORED"));
        write(WUXI_ASSESSOR, "PUT", scores(K2), eighty).then().statusCode(409).body("rule", equalTo("round.not-open"));

        JsonPath published = write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/publication",
                Map.of("note", "Suzhou 2025")).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .extract().jsonPath();
        assertEquals(1, published.getInt("versions"));
        assertVersionOne(version(1));
        Map<String, Object> v1 = result(1);
        assertEquals(v1, published.getMap("latest"), "the round shows version 1");
        assertEquals(v1, recomputed(1), "recomputed from the frozen inputs");

        // The division's published rounds, as the dashboard's ranking panel reads them.
        JsonPath listed = publishedRounds(CITY_OFFICER, "320500", "2025-2026");
        assertEquals(List.of(ROUND), listed.getList("roundId"));
        assertEquals("苏州市教共体评估 2025", listed.getString("[0].schemeName"));
        assertEquals("2026-06-30", listed.getString("[0].cutOffDate"));
        assertEquals(1, listed.getInt("[0].versions"));
        assertEquals(List.of(
                Map.of("rank", 1, "communityId", K1, "communityName", "community " + K1, "total", 75.0f, "reward", 1_000_000),
                Map.of("rank", 2, "communityId", K2, "communityName", "community " + K2, "total", 75.0f, "reward", 500_000)),
                listed.getList("[0].ranking"));
        assertEquals(List.of(), publishedRounds(HUQIU_OFFICER, "320505", "2025").getList("$"),
                "rounds of the division asked, not of those above or within it");
        assertEquals(List.of(), publishedRounds(CITY_OFFICER, "320500", "2024").getList("$"));
        given().header("Authorization", HUQIU_OFFICER).queryParam("division", "320500").queryParam("schoolYear", "2025")
                .when().get("/api/v1/assessment/rounds").then().statusCode(403)
                .body("type", equalTo(PROBLEM + "outside-division"));
        for (Map<String, String> malformed : List.of(Map.of("division", "3205", "schoolYear", "2025"),
                Map.of("division", "320500", "schoolYear", "2025-2027"), Map.of("schoolYear", "2025"),
                Map.of("division", "320500"))) {
            given().header("Authorization", CITY_OFFICER).queryParams(malformed).when().get("/api/v1/assessment/rounds")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        }

        // Bundled assessment: each school says with which community it was assessed.
        JsonPath member = schoolResults(Q);
        assertEquals(List.of(K1), member.getList("communityId"));
        assertEquals("MEMBER", member.getString("[0].role"));
        assertEquals(1, member.getInt("[0].communityRank"));
        assertEquals(1_000_000L, member.getLong("[0].communityReward"));
        assertEquals("CORE", schoolResults(S).getString("[0].role"));

        // Late, backdated events recorded after publication: W joined K2 on 2026-03-01, before the cut-off; K1's lesson
        // of 2025-11-10 is corrected as missed (the connection failed), which leaves K1 45 minutes: 0.75 hours.
        try (CommunityTopic topic = new CommunityTopic(json)) {
            topic.publish("community-" + K2, new MemberJoined(K2, W, LocalDate.of(2026, 3, 1)));
            exchange.publish("sync-series-" + SERIES_K1, new SyncSessionCorrected(SERIES_K1, List.of(new ClassroomSession(
                    Q, "5-1", false, 0, MissedReason.CONNECTION_FAILURE, "link down")), "the lesson did not reach Q",
                    LocalDate.of(2025, 11, 10)));
            topic.flush();
            exchange.flush();
        }
        ReportFigures.await(READER, "communities/" + K2, "2026-06-30", "members", 3);
        ReportFigures.await(READER, "communities/" + K1, "2026-06-30", "sync.minutes.RURAL", 45);
        assertEquals(v1, result(1), "the published round is unchanged");
        assertEquals(v1, recomputed(1), "and recomputes the same");
        assertEquals(v1, round().getMap("latest"));
        assertEquals(1, round().getInt("versions"));

        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/corrections", Map.of("reason", " "))
                .then().statusCode(400);
        JsonPath corrected = write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/corrections",
                Map.of("reason", "W's membership and K1's missed lesson were recorded late")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, corrected.getInt("versions"));
        JsonPath v2 = version(2);
        assertEquals(List.of(K2, K1), v2.getList("rankings[0].entries.communityId"));
        assertEquals(List.of(90.0f, 65.0f), v2.getList("rankings[0].entries.total"));
        assertEquals(0.75f, v2.getFloat("communities[0].measured[2].value"), "K1's synchronous hours");
        assertEquals(List.of(1_000_000, 500_000), v2.getList("rewards.yuan"));
        assertEquals(List.of(T, U, W), v2.getList("communities[1].members"));
        assertEquals(v1, result(1), "version 1 stays readable as it was");
        assertEquals(result(2), recomputed(2));
        assertEquals(List.of(
                Map.of("communityId", K1, "item", "measured.sync-hours", "before", "1.5", "after", "0.75"),
                Map.of("communityId", K1, "item", "total", "before", "75", "after", "65"),
                Map.of("communityId", K1, "item", "rank", "before", "1", "after", "2"),
                Map.of("communityId", K1, "item", "reward", "before", "1000000", "after", "500000"),
                Map.of("communityId", K2, "item", "members", "before", T + "," + U, "after", T + "," + U + "," + W),
                Map.of("communityId", K2, "item", "measured.coverage", "before", "2", "after", "3"),
                Map.of("communityId", K2, "item", "total", "before", "75", "after", "90"),
                Map.of("communityId", K2, "item", "rank", "before", "2", "after", "1"),
                Map.of("communityId", K2, "item", "reward", "before", "500000", "after", "1000000")),
                versionView(2).getList("changes"));
        assertEquals("W's membership and K1's missed lesson were recorded late", versionView(2).getString("reason"));
        assertEquals("Suzhou 2025", versionView(1).getString("reason"));
        assertEquals(List.of(), versionView(1).getList("changes"));
        assertEquals(2, schoolResults(Q).getInt("[0].communityRank"), "a school's result follows the latest version");
        assertEquals("MEMBER", schoolResults(W).getString("[0].role"));
        JsonPath relisted = publishedRounds(CITY_OFFICER, "320500", "2025");
        assertEquals(2, relisted.getInt("[0].versions"));
        assertEquals(List.of(
                Map.of("rank", 1, "communityId", K2, "communityName", "community " + K2, "total", 90.0f, "reward", 1_000_000),
                Map.of("rank", 2, "communityId", K1, "communityName", "community " + K1, "total", 65.0f, "reward", 500_000)),
                relisted.getList("[0].ranking"), "the latest version's ranking");
        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/corrections",
                Map.of("reason", "again")).then().statusCode(422).body("rule", equalTo("round.correction-changes-nothing"));

        // The report rebuilt from offset zero: every version reads as before, and the report as of the cut-off date
        // gives the same inputs again (a correction finds nothing to change).
        Map<String, Object> secondVersion = result(2);
        rebuildTheReport();
        ReportFigures.await(READER, "communities/" + K2, "2026-06-30", "members", 3);
        assertEquals(v1, result(1));
        assertEquals(secondVersion, result(2));
        write(CITY_OFFICER, "POST", "/api/v1/assessment/rounds/" + ROUND + "/corrections",
                Map.of("reason", "after the rebuild")).then().statusCode(422)
                .body("rule", equalTo("round.correction-changes-nothing"));

        List<String> types = TopicReader.readUntil(Topics.ASSESSMENT, records -> records.stream()
                        .anyMatch(record -> type(record).equals("edu.assessment.AssessmentRoundCorrected.v1")),
                Duration.ofSeconds(120)).stream().filter(record -> record.key().equals("assessment-round-" + ROUND))
                .map(CommunityAssessmentTest::type).toList();
        assertEquals(List.of("edu.assessment.AssessmentRoundOpened.v1", "edu.assessment.AssessorsAssigned.v1",
                "edu.assessment.CommunityScored.v1", "edu.assessment.CommunityScored.v1",
                "edu.assessment.CommunityScored.v1", "edu.assessment.RoundScoringClosed.v1",
                "edu.assessment.AssessmentRoundPublished.v1", "edu.assessment.AssessmentRoundCorrected.v1"), types);
    }

    /**
     * A measured balance indicator (rule 1) over a community's schools: 惠山区 (320206), core Y and member Z with 450
     * primary students each and 2,790 and 1,350 books: 6.2 and 3.0 books per student around a ratio of 4.6, CV 0.348,
     * in the band [0.3, 0.5) worth 60 points.
     */
    @Test
    void a_balance_indicator_is_computed_over_the_core_school_and_its_members() {
        String y = "3202060001", z = "3202060002", k4 = "00000000-0000-4000-8000-000000320206";
        String officer = TestTokens.bearer("320206", "county-officer");
        try (CommunityTopic topic = new CommunityTopic(json)) {
            school(topic, y, SchoolClassification.URBAN);
            school(topic, z, SchoolClassification.RURAL);
            formed(topic, k4, y, z);
            topic.flush();
        }
        ReportFigures.await(READER, "communities/" + k4, "2026-06-30", "members", 1);
        for (var school : Map.of(y, 2790, z, 1350).entrySet()) {
            write(officer, "PUT", "/api/v1/school-statistics/" + school.getKey() + "/2025/PRIMARY",
                    statistics(school.getValue())).then().statusCode(201);
        }
        String scheme = write(officer, "POST", "/api/v1/assessment/schemes", Map.of("name", "惠山区均衡评估",
                "division", "320206", "schoolYear", 2025, "indicators", List.of(Map.of("code", "books-cv",
                        "name", "生均图书校际差异系数", "kind", "MEASURED", "measure", "BALANCE_CV",
                        "balanceIndicator", "BOOKS", "stage", "PRIMARY", "weight", 100,
                        "bands", List.of(band(0, 0.3, 100), band(0.3, 0.5, 60), Map.of("from", 0.5, "points", 20))))))
                .then().statusCode(201).extract().path("schemeId");
        String round = write(officer, "POST", "/api/v1/assessment/rounds", Map.of("schemeId", scheme,
                "division", "320206", "cutOffDate", "2026-06-30")).then().statusCode(201).extract().path("roundId");
        write(officer, "POST", "/api/v1/assessment/rounds/" + round + "/scoring-closure", Map.of("note", "measured only"))
                .then().statusCode(200);
        JsonPath result = new JsonPath(json(write(officer, "POST", "/api/v1/assessment/rounds/" + round + "/publication",
                Map.of("note", "惠山区 2025")).then().statusCode(200).extract().jsonPath().getMap("latest")));
        assertEquals(List.of(k4), result.getList("communities.communityId"));
        assertEquals(List.of(y, "students", y, "books", z, "students", z, "books").toString(),
                result.getList("communities[0].measured[0].figures").stream()
                        .flatMap(figure -> List.of(((Map<?, ?>) figure).get("unit"), ((Map<?, ?>) figure).get("figure")).stream())
                        .toList().toString());
        assertEquals(List.of(450.0f, 2790.0f, 450.0f, 1350.0f), result.getList("communities[0].measured[0].figures.value"));
        assertEquals(0.348, result.getDouble("communities[0].measured[0].value"), 0.001);
        assertEquals(60.0f, result.getFloat("communities[0].indicators[0].points"));
        assertEquals(60.0f, result.getFloat("communities[0].total"));
        assertEquals(1_000_000, result.getInt("rewards[0].yuan"));
    }

    private static Map<String, Object> statistics(int books) {
        return Map.ofEntries(Map.entry("students", 450), Map.entry("teachers", 40), Map.entry("qualifiedTeachers", 20),
                Map.entry("backboneTeachers", 5), Map.entry("peArtsTeachers", 5), Map.entry("midTitledTeachers", 20),
                Map.entry("multimediaClassrooms", 11), Map.entry("computers", 56), Map.entry("books", books),
                Map.entry("floorSpace", 2250.0), Map.entry("sportsSpace", 3600.0), Map.entry("equipmentValue", 945000.0),
                Map.entry("effectiveDate", "2025-09-01"));
    }

    /**
     * Version 1: K1 and K2 tie at 75, broken by the community id; each has 2 members, 1 posting, 1.5 synchronous hours
     * to a rural school and teaching scored 80.
     */
    private static void assertVersionOne(JsonPath v1) {
        assertEquals(List.of(K1, K2), v1.getList("communities.communityId"));
        assertEquals(List.of(Q, R), v1.getList("communities[0].members"));
        assertEquals(List.of(T, U), v1.getList("communities[1].members"));
        for (int i = 0; i < 2; i++) {
            String community = "communities[" + i + "]";
            assertEquals(List.of("coverage", "postings", "sync-hours"), v1.getList(community + ".measured.code"));
            assertEquals(List.of(2.0f, 1.0f, 1.5f), v1.getList(community + ".measured.value"));
            assertEquals("members", v1.getString(community + ".measured[0].figures[0].figure"));
            assertEquals("postings.started", v1.getString(community + ".measured[1].figures[0].figure"));
            assertEquals(List.of("coverage", "postings", "sync-hours", "teaching"),
                    v1.getList(community + ".indicators.code"));
            assertEquals(List.of(50.0f, 100.0f, 100.0f, 80.0f), v1.getList(community + ".indicators.points"));
            assertEquals(List.of(15.0f, 10.0f, 10.0f, 40.0f), v1.getList(community + ".indicators.weighted"));
            assertEquals(35.0f, v1.getFloat(community + ".measuredTotal"));
            assertEquals(40.0f, v1.getFloat(community + ".scoredTotal"));
            assertEquals(75.0f, v1.getFloat(community + ".total"));
        }
        assertEquals(List.of("assessor-wuxi"), v1.getList("communities[0].scores.assessor"));
        assertEquals(List.of("assessor-huqiu", "assessor-wuxi"), v1.getList("communities[1].scores.assessor"),
                "by token subject");
        assertEquals("synchronous lessons observed", v1.getString("communities[1].scores[1].comment"));
        assertEquals(List.of("320500", "320505", "320506"), v1.getList("rankings.division"));
        assertEquals(List.of("city", "county", "county"), v1.getList("rankings.level"));
        assertEquals(List.of(K1, K2), v1.getList("rankings[0].entries.communityId"));
        assertEquals(List.of(1, 2), v1.getList("rankings[0].entries.rank"));
        assertEquals(List.of("communityId", "communityId"), v1.getList("rankings[0].entries.tieBrokenBy"));
        assertEquals(List.of(K1), v1.getList("rankings[1].entries.communityId"));
        assertEquals(List.of(K2), v1.getList("rankings[2].entries.communityId"));
        assertEquals(List.of(1, 2), v1.getList("rewards.rank"));
        assertEquals(List.of(K1, K2), v1.getList("rewards.communityId"));
        assertEquals(List.of(1_000_000, 500_000), v1.getList("rewards.yuan"));
        assertTrue(v1.getString("tieRule").startsWith("higher total first"));
    }

    private static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> band(double from, double to, int points) {
        return Map.of("from", from, "to", to, "points", points);
    }

    private static String scores(String community) {
        return "/api/v1/assessment/rounds/" + ROUND + "/scores/" + community;
    }

    private static Response write(String token, String method, String path, Object body) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).when().request(method, path);
    }

    /** A published version's results as frozen. */
    private Map<String, Object> result(int version) {
        return versionView(version).getMap("result");
    }

    private JsonPath version(int version) {
        return new JsonPath(json(result(version)));
    }

    private static JsonPath versionView(int version) {
        return given().header("Authorization", CITY_OFFICER)
                .when().get("/api/v1/assessment/rounds/" + ROUND + "/versions/" + version)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> recomputed(int version) {
        return given().header("Authorization", CITY_OFFICER)
                .when().get("/api/v1/assessment/rounds/" + ROUND + "/versions/" + version + "/recomputed")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static JsonPath round() {
        return given().header("Authorization", CITY_OFFICER).when().get("/api/v1/assessment/rounds/" + ROUND)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath schoolResults(String school) {
        return given().header("Authorization", CITY_OFFICER)
                .when().get("/api/v1/assessment/schools/" + school + "/results")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath publishedRounds(String token, String division, String schoolYear) {
        return given().header("Authorization", token).queryParam("division", division)
                .queryParam("schoolYear", schoolYear).when().get("/api/v1/assessment/rounds")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void rebuildTheReport() {
        String operator = TestTokens.bearer("330000", "province-officer");
        given().header("Authorization", operator).when().post("/api/v1/reports/provincial/rebuild")
                .then().statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String state = "RUNNING";
        while ("RUNNING".equals(state) && System.nanoTime() < deadline) {
            pause();
            state = given().header("Authorization", operator).when().get("/api/v1/reports/provincial/rebuild")
                    .then().statusCode(200).extract().path("state");
        }
        assertEquals("SWITCHED", state);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A teacher of the origin school, registered 2015-09-01, posted to the destination (rotation) from the date. */
    private static void posting(CommunityTopic staffing, String name, String origin, String destination, LocalDate start) {
        String staffId = UUID.nameUUIDFromBytes(("assessment staff " + name).getBytes(StandardCharsets.UTF_8)).toString();
        String postingId = UUID.nameUUIDFromBytes(("assessment posting " + name).getBytes(StandardCharsets.UTF_8)).toString();
        staffing.publish("staff-" + staffId, new StaffRegistered(staffId, StaffRole.TEACHER, origin,
                ProfessionalTitle.SENIOR, BackboneLevel.COUNTY, List.of("数学"), LocalDate.of(2015, 9, 1)));
        staffing.publish("posting-" + postingId, new PostingProposed(postingId, staffId, PostingKind.ROTATION, origin,
                destination, start, start.plusYears(1).minusDays(1), "officer", "rotation", start.minusMonths(3)));
        staffing.publish("posting-" + postingId, new PostingApproved(postingId, "officer", "ok", start.minusMonths(2)));
        staffing.publish("posting-" + postingId, new PostingStarted(postingId, "officer", start));
    }

    private static void school(CommunityTopic topic, String code, SchoolClassification classification) {
        topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, code.substring(0, 6), classification,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 300, false, false, false, REGISTERED));
    }

    private static void formed(CommunityTopic topic, String id, String core, String member) {
        LocalDate on = LocalDate.of(2025, 9, 1);
        topic.publish("community-" + id, new CommunityFormed(id, "community " + id, CommunityModel.CO_CONSTRUCTION,
                null, core, List.of(member), new Agreement(on, "goals", "content", on, on.plusYears(3)), on));
    }
}

package edu.community.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.assessment.application.ReportSnapshots;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.contracts.Topics;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolClosed;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
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
 * The worked example of the module README, fed as community-service publishes it: every figure of the report on
 * three dates, a late and backdated correction, the events behind a figure, a rebuild, and a snapshot.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReportTest {

    static final String PROVINCE_OFFICER = TestTokens.bearer("330000", "province-officer");
    static final String A = "3301060001", B = "3301060002", C = "3301060003", G = "3301060004";
    static final String D = "3301270001", H = "3301270002", I = "3301270003";
    static final String E = "3303260001", F = "3309020001";
    static final String C1 = UUID.nameUUIDFromBytes("C1".getBytes()).toString();
    static final String C2 = UUID.nameUUIDFromBytes("C2".getBytes()).toString();
    static final String C3 = UUID.nameUUIDFromBytes("C3".getBytes()).toString();
    static final LocalDate REGISTERED = LocalDate.of(2020, 9, 1);

    @Inject
    ObjectMapper json;
    @Inject
    ReportSnapshots snapshots;

    /** The 2025-06-30 report before the late events, kept by the fixture for the test about the first feed. */
    private JsonPath june2025BeforeLateEvents;

    /**
     * Feeds the worked example once for the class (one test instance, see {@code PER_CLASS}), then the late and
     * backdated events, so that every test reads the same data whichever runs first or alone.
     */
    @BeforeEach
    void the_worked_example_is_published() {
        if (june2025BeforeLateEvents != null) {
            return;
        }
        try (CommunityTopic topic = new CommunityTopic(json)) {
            school(topic, A, "330106", SchoolClassification.URBAN, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC);
            school(topic, B, "330106", SchoolClassification.TOWNSHIP, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC);
            school(topic, C, "330106", SchoolClassification.RURAL, SchoolLevel.JUNIOR, SchoolOwnership.PUBLIC);
            school(topic, G, "330106", SchoolClassification.URBAN, SchoolLevel.SENIOR, SchoolOwnership.PUBLIC);
            school(topic, D, "330127", SchoolClassification.RURAL, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC);
            school(topic, H, "330127", SchoolClassification.RURAL, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC);
            school(topic, I, "330127", SchoolClassification.URBAN, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC);
            school(topic, E, "330326", SchoolClassification.RURAL, SchoolLevel.JUNIOR, SchoolOwnership.PUBLIC);
            school(topic, F, "330902", SchoolClassification.RURAL, SchoolLevel.PRIMARY, SchoolOwnership.PRIVATE);
            formed(topic, C1, CommunityModel.CO_CONSTRUCTION, A, B, LocalDate.of(2021, 3, 1));
            formed(topic, C3, CommunityModel.COLLABORATIVE, A, D, LocalDate.of(2022, 9, 1));
            formed(topic, C2, CommunityModel.INTEGRATED, I, H, LocalDate.of(2023, 9, 1));
            topic.publish("community-" + C3, new MemberJoined(C3, F, LocalDate.of(2023, 9, 1)));
            topic.publish("community-" + C3, new MemberJoined(C3, E, LocalDate.of(2024, 9, 1)));
            topic.publish("community-" + C1, new MemberJoined(C1, C, LocalDate.of(2024, 10, 1)));
            topic.publish("school-" + G, new SchoolClosed(G, LocalDate.of(2024, 12, 31), "merged"));
            topic.flush();
        }
        ReportFigures.await(PROVINCE_OFFICER, "divisions/330000", "2025-06-30", "communities.total", 3);
        ReportFigures.await(PROVINCE_OFFICER, "divisions/330000", "2025-06-30", "coverage.members", 6);

        june2025BeforeLateEvents = report("330000", "2025-06-30");
        try (CommunityTopic topic = new CommunityTopic(json)) {
            // Recorded now, effective in the past: B was reclassified rural from 2024-09-01, F left C3 on 2025-01-15.
            topic.publish("school-" + B, new SchoolDetailsChanged(B, "school " + B, SchoolClassification.RURAL,
                    SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 300, false, false, false, LocalDate.of(2024, 9, 1)));
            topic.publish("community-" + C3, new MemberLeft(C3, F, LocalDate.of(2025, 1, 15)));
            topic.flush();
        }
        ReportFigures.await(PROVINCE_OFFICER, "divisions/330000", "2025-06-30", "coverage.members", 5);
    }

    @Test
    @Order(1)
    void the_report_counts_the_worked_example_on_each_date() {
        JsonPath june2024 = report("330000", "2024-06-30");
        assertEquals("2023-2024", june2024.getString("schoolYear"));
        assertEquals(Map.ofEntries(
                Map.entry("schools.total", 9), Map.entry("schools.classification.URBAN", 3),
                Map.entry("schools.classification.TOWNSHIP", 1), Map.entry("schools.classification.RURAL", 5),
                Map.entry("schools.level.PRIMARY", 6), Map.entry("schools.level.JUNIOR", 2),
                Map.entry("schools.level.SENIOR", 1), Map.entry("schools.public", 8),
                Map.entry("schools.publicCompulsory", 7),
                Map.entry("communities.total", 3), Map.entry("communities.model.CO_CONSTRUCTION", 1),
                Map.entry("communities.model.COLLABORATIVE", 1), Map.entry("communities.model.INTEGRATED", 1),
                Map.entry("coverage.members", 4), Map.entry("coverage.classification.TOWNSHIP", 1),
                Map.entry("coverage.classification.RURAL", 3), Map.entry("coverage.model.CO_CONSTRUCTION", 1),
                Map.entry("coverage.model.INTEGRATED", 1), Map.entry("coverage.model.COLLABORATIVE", 2),
                Map.entry("coverage.integratedOrCoConstruction", 2), Map.entry("coverage.collaborative", 2),
                Map.entry("coverage.public", 3), Map.entry("coverage.publicCompulsory", 2),
                Map.entry("pairings.crossRegion", 2), Map.entry("pairings.crossRegion.MOUNTAIN", 1),
                Map.entry("pairings.crossRegion.ISLAND", 1)), june2024.getMap("figures"));
        assertEquals(0.6, june2024.getDouble("shares.'coverage.classification.RURAL'"), 1e-9);

        JsonPath june2025 = june2025BeforeLateEvents;
        assertEquals(Map.ofEntries(
                Map.entry("schools.total", 8), Map.entry("schools.classification.URBAN", 2),
                Map.entry("schools.classification.TOWNSHIP", 1), Map.entry("schools.classification.RURAL", 5),
                Map.entry("schools.level.PRIMARY", 6), Map.entry("schools.level.JUNIOR", 2),
                Map.entry("schools.public", 7), Map.entry("schools.publicCompulsory", 7),
                Map.entry("communities.total", 3), Map.entry("communities.model.CO_CONSTRUCTION", 1),
                Map.entry("communities.model.COLLABORATIVE", 1), Map.entry("communities.model.INTEGRATED", 1),
                Map.entry("coverage.members", 6), Map.entry("coverage.classification.TOWNSHIP", 1),
                Map.entry("coverage.classification.RURAL", 5), Map.entry("coverage.model.CO_CONSTRUCTION", 2),
                Map.entry("coverage.model.INTEGRATED", 1), Map.entry("coverage.model.COLLABORATIVE", 3),
                Map.entry("coverage.integratedOrCoConstruction", 3), Map.entry("coverage.collaborative", 3),
                Map.entry("coverage.public", 5), Map.entry("coverage.publicCompulsory", 3),
                Map.entry("pairings.crossRegion", 3), Map.entry("pairings.crossRegion.MOUNTAIN", 1),
                Map.entry("pairings.crossRegion.ISLAND", 1)), june2025.getMap("figures"));
        assertEquals(0.75, june2025.getDouble("shares.'coverage.members'"), 1e-9);
    }

    @Test
    @Order(2)
    void late_and_backdated_events_change_the_dates_they_concern_only() {
        JsonPath june2025 = report("330000", "2025-06-30");
        Map<String, Object> figures = june2025.getMap("figures");
        assertEquals(5, figures.get("coverage.members"));
        assertEquals((Object) null, figures.get("coverage.classification.TOWNSHIP"));
        assertEquals(6, figures.get("schools.classification.RURAL"));
        assertEquals(5, figures.get("coverage.classification.RURAL"));
        assertEquals(2, figures.get("coverage.model.COLLABORATIVE"));
        assertEquals(2, figures.get("pairings.crossRegion"));
        assertEquals((Object) null, figures.get("pairings.crossRegion.ISLAND"));
        assertEquals(Integer.valueOf(1), figures.get("pairings.crossRegion.MOUNTAIN"), "平阳 had left the list when E joined");

        JsonPath january = report("330000", "2025-01-14");
        assertEquals(6, january.getInt("figures.'coverage.members'"), "F was still a member the day before it left");
        assertEquals(1, january.getInt("figures.'pairings.crossRegion.ISLAND'"));
        assertEquals((Object) null, january.get("figures.'schools.classification.TOWNSHIP'"));

        JsonPath june2024 = report("330000", "2024-06-30");
        assertEquals(1, june2024.getInt("figures.'schools.classification.TOWNSHIP'"),
                "before the backdated change took effect, B was a township school");
    }

    @Test
    @Order(3)
    void each_figure_lists_the_events_behind_it() {
        JsonPath evidence = given().header("Authorization", PROVINCE_OFFICER)
                .queryParam("unit", "330000").queryParam("figure", "pairings.crossRegion.MOUNTAIN")
                .queryParam("asOf", "2025-06-30")
                .when().get("/api/v1/reports/provincial/evidence")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, evidence.getInt("value"));
        assertEquals(C3 + "/" + D, evidence.getString("items[0].subject"));
        List<String> types = evidence.getList("items[0].events.type");
        assertTrue(types.contains("edu.community.CommunityFormed.v1"), types.toString());
        assertTrue(types.contains("edu.community.SchoolRegistered.v1"), types.toString());
        assertEquals("2022-09-01", evidence.getString("items[0].events.find { it.type == 'edu.community.CommunityFormed.v1' }.effectiveDate"));

        JsonPath rural = given().header("Authorization", PROVINCE_OFFICER)
                .queryParam("unit", "330100").queryParam("figure", "schools.classification.RURAL")
                .queryParam("asOf", "2025-06-30")
                .when().get("/api/v1/reports/provincial/evidence")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(B, C, D, H), rural.getList("items.subject"));
        assertTrue(rural.getList("items[0].events.type").contains("edu.community.SchoolDetailsChanged.v1"),
                "B counts as rural because of the backdated details change");
    }

    @Test
    @Order(4)
    void the_report_drills_down_to_cities_counties_and_communities() {
        JsonPath province = report("330000", "2025-06-30");
        assertEquals(11, province.getList("children").size());
        assertEquals(4, province.getInt("children.find { it.unit == '330100' }.figures.'coverage.members'"));
        assertEquals("/api/v1/reports/provincial/divisions/330100?schoolYear=2024-2025&asOf=2025-06-30",
                province.getString("children.find { it.unit == '330100' }.href"));

        JsonPath county = report("330106", "2025-06-30");
        assertEquals(List.of("community/" + C1, "community/" + C3), county.getList("children.unit").stream().sorted().toList());
        assertEquals(2, county.getInt("children.find { it.unit == 'community/" + C1 + "' }.figures.members"));

        JsonPath community = given().header("Authorization", PROVINCE_OFFICER).queryParam("asOf", "2025-06-30")
                .when().get("/api/v1/reports/provincial/communities/" + C3)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("COLLABORATIVE", community.getString("model"));
        assertEquals("MOUNTAIN", community.getString("members.find { it.schoolCode == '" + D + "' }.supportCategory"));
        assertEquals((String) null, community.getString("members.find { it.schoolCode == '" + E + "' }.supportCategory"));
        assertTrue(community.getBoolean("members.find { it.schoolCode == '" + E + "' }.crossRegion"));

        given().header("Authorization", PROVINCE_OFFICER).accept("text/csv")
                .when().get("/api/v1/reports/provincial/divisions/330106?asOf=2025-06-30")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("2024-2025,2025-06-30,330106,\"西湖区\",county,coverage.members,2"));
    }

    @Test
    @Order(5)
    void quota_progress_counts_new_integrated_or_co_construction_members_of_the_period() {
        JsonPath hangzhou = report("330100", "2021-12-31");
        assertEquals(174, hangzhou.getInt("quotas[0].target"));
        assertEquals(1, hangzhou.getInt("quotas[0].achieved"), "B joined a co-construction community in March 2021");
        JsonPath evidence = given().header("Authorization", PROVINCE_OFFICER)
                .queryParam("unit", "330100").queryParam("figure", "quota.achieved").queryParam("asOf", "2021-12-31")
                .when().get("/api/v1/reports/provincial/evidence")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(B), evidence.getList("items.subject"));
    }

    @Test
    @Order(6)
    void reads_follow_the_division_rule_and_bad_parameters_are_problems() {
        given().header("Authorization", TestTokens.bearer("330127", "county-officer"))
                .when().get("/api/v1/reports/provincial/divisions/330106")
                .then().statusCode(403).body("type", equalTo("urn:edu-community:problem:outside-division"));
        given().header("Authorization", TestTokens.bearer("330106", "county-officer"))
                .when().get("/api/v1/reports/provincial/divisions/330106?asOf=2025-06-30")
                .then().statusCode(200);
        given().header("Authorization", PROVINCE_OFFICER)
                .when().get("/api/v1/reports/provincial/divisions/330106?schoolYear=2024&asOf=2024-06-30")
                .then().statusCode(422).body("rule", equalTo("report.as-of-outside-school-year"));
        given().header("Authorization", PROVINCE_OFFICER)
                .when().get("/api/v1/reports/provincial/divisions/3301?asOf=2025-06-30")
                .then().statusCode(400);
        given().when().get("/api/v1/reports/provincial/divisions/330000").then().statusCode(401);
    }

    @Test
    @Order(7)
    void a_rebuild_from_offset_zero_equals_the_live_report() throws InterruptedException {
        List<String> dates = List.of("2021-12-31", "2024-06-30", "2025-01-14", "2025-06-30");
        Map<String, String> live = new java.util.HashMap<>();
        for (String division : List.of("330000", "330100", "330106")) {
            for (String date : dates) {
                live.put(division + "@" + date, report(division, date).prettify());
            }
        }
        given().header("Authorization", TestTokens.bearer("330106", "county-officer"))
                .when().post("/api/v1/reports/provincial/rebuild").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("330106", "system"))
                .when().post("/api/v1/reports/provincial/rebuild").then().statusCode(403)
                .body("type", equalTo("urn:edu-community:problem:outside-division"));
        given().header("Authorization", PROVINCE_OFFICER)
                .when().post("/api/v1/reports/provincial/rebuild").then().statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String state = "RUNNING";
        while (!"SWITCHED".equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = given().header("Authorization", PROVINCE_OFFICER)
                    .when().get("/api/v1/reports/provincial/rebuild").then().statusCode(200)
                    .extract().path("state");
            assertTrue(!"FAILED".equals(state), "the rebuild failed");
        }
        assertEquals("SWITCHED", state);
        assertEquals(5, report("330000", "2025-06-30").getInt("figures.'coverage.members'"), "the rebuilt report has the data");
        for (String division : List.of("330000", "330100", "330106")) {
            for (String date : dates) {
                assertEquals(live.get(division + "@" + date), report(division, date).prettify(), division + " on " + date);
            }
        }
    }

    @Test
    @Order(8)
    void snapshots_go_to_the_compacted_topic_when_figures_change() {
        int sent = snapshots.publish(LocalDate.of(2025, 6, 30));
        assertTrue(sent >= 4, "the province, two cities and their counties at least: " + sent);
        assertEquals(0, snapshots.publish(LocalDate.of(2025, 6, 30)), "nothing changed, nothing sent");
        var records = TopicReader.readUntil(Topics.ASSESSMENT_REPORTS, read -> read.size() >= sent, Duration.ofSeconds(30));
        var province = records.stream().filter(r -> r.key().equals("provincial-report-330000-2024-2025")).findFirst().orElseThrow();
        JsonPath value = JsonPath.from(province.value());
        assertEquals("province", value.getString("level"));
        assertEquals(5, value.getInt("figures.find { it.figure == 'coverage.members' }.value"));
        assertEquals("edu.assessment.ProvincialReportSnapshot.v1",
                new String(province.headers().lastHeader("ce_type").value()));
    }

    static JsonPath report(String division, String asOf) {
        return given().header("Authorization", PROVINCE_OFFICER).queryParam("asOf", asOf)
                .when().get("/api/v1/reports/provincial/divisions/" + division)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void school(CommunityTopic topic, String code, String county, SchoolClassification classification,
                               SchoolLevel level, SchoolOwnership ownership) {
        topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, county, classification, level,
                ownership, null, 300, false, false, false, REGISTERED));
    }

    private static void formed(CommunityTopic topic, String id, CommunityModel model, String core, String member,
                               LocalDate on) {
        topic.publish("community-" + id, new CommunityFormed(id, "community " + id, model, null, core, List.of(member),
                new Agreement(on, "goals", "content", on, on.plusYears(3)), on));
    }
}

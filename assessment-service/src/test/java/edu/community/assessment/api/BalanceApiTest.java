package edu.community.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.contracts.Topics;
import edu.community.contracts.community.SchoolClassification;
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
import org.junit.jupiter.api.Test;

/** Statistics submitted one by one and in bulk, and a county's balance computed from them (province 34, apart). */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class BalanceApiTest {

    static final String COUNTY = "340102";
    static final String OFFICER = TestTokens.bearer(COUNTY, "county-officer");

    @Inject
    ObjectMapper json;

    @Test
    void statistics_are_validated_stored_as_events_and_give_the_county_balance() {
        try (CommunityTopic topic = new CommunityTopic(json)) {
            for (int i = 1; i <= 5; i++) {
                school(topic, "340102000" + i, SchoolLevel.PRIMARY, false);
            }
            school(topic, "3401020006", SchoolLevel.PRIMARY, true);
            school(topic, "3401020007", SchoolLevel.SENIOR, false);
            topic.flush();
        }
        awaitKnown("3401020007");

        submit("3401020001", figures(450, 279 * 10, 40)).then().statusCode(201).header("ETag", "\"1\"");
        submit("3401020001", figures(450, 279 * 10, 40)).then().statusCode(200).header("ETag", "\"1\"");
        Map<String, Object> cramped = new java.util.HashMap<>(figures(370, 137 * 10, 33));
        cramped.put("floorSpace", 370 * 2.0);
        cramped.put("sportsSpace", 370 * 3.0);
        submit("3401020002", cramped).then().statusCode(201);
        submit("3401020003", figures(890, 935 * 10, 80)).then().statusCode(201);
        submit("3401020004", figures(760, 160 * 10, 70)).then().statusCode(201);
        submit("3401020005", figures(550, 402 * 10, 50)).then().statusCode(201);
        submit("3401020006", figures(20, 9_000, 3)).then().statusCode(201);

        Map<String, Object> negative = new java.util.HashMap<>(figures(100, 1000, 8));
        negative.put("books", -1);
        submit("3401020001", negative).then().statusCode(422)
                .body("rule", equalTo("statistics.negative")).body("field", equalTo("books"));
        Map<String, Object> implausible = new java.util.HashMap<>(figures(100, 1000, 8));
        implausible.put("floorSpace", 100 * 900.0);
        submit("3401020001", implausible).then().statusCode(422)
                .body("rule", equalTo("statistics.implausible")).body("field", equalTo("floorSpace"));
        submit("3401020007", figures(100, 1000, 8)).then().statusCode(422).body("rule", equalTo("statistics.stage-not-taught"));
        given().header("Authorization", TestTokens.bearer("340103", "county-officer")).contentType("application/json")
                .body(figures(100, 1000, 8)).when().put("/api/v1/school-statistics/3401020001/2024/PRIMARY")
                .then().statusCode(403);

        JsonPath balance = given().header("Authorization", OFFICER)
                .queryParam("schoolYear", 2024).queryParam("stage", "PRIMARY")
                .when().get("/api/v1/balance/counties/" + COUNTY)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(5, balance.getList("included").size());
        assertEquals("SMALL_TEACHING_POINT", balance.getString("excluded[0].reason"));
        // Books per student as in the rule-1 vector, scaled tenfold in both books and students: the same CV.
        assertEquals(0.515, balance.getDouble("coefficients.BOOKS.cv"), 0.001);
        assertFalse(balance.getBoolean("quality.passed"));
        assertEquals(List.of("3401020002"), balance.getList("quality.failingSchools.schoolCode"),
                "the cramped school misses the floor-space and sports-ground thresholds");
        assertEquals(0.65, balance.getDouble("basic.limit"), 1e-9);

        JsonPath imported = given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8")
                .body("schoolCode,schoolYear,stage,students,teachers,qualifiedTeachers,backboneTeachers,peArtsTeachers,"
                        + "midTitledTeachers,multimediaClassrooms,computers,books,floorSpace,sportsSpace,equipmentValue\n"
                        + "3401020001,2025,PRIMARY,460,40,30,5,5,20,12,60,2800,2300,4000,1000000\n"
                        + "3401020002,2025,PRIMARY,-5,40,30,5,5,20,12,60,2800,2300,4000,1000000\n")
                .when().post("/api/v1/school-statistics/import")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, imported.getInt("summary.CREATED"));
        assertEquals("statistics.negative", imported.getString("rows[1].problem"));

        var events = TopicReader.readUntil(Topics.ASSESSMENT, read -> read.size() >= 7, Duration.ofSeconds(30));
        assertEquals(7, events.size(), "six submissions and one import row, nothing for the repeat");
    }

    private static io.restassured.response.Response submit(String school, Map<String, Object> body) {
        return given().header("Authorization", OFFICER).contentType("application/json").body(body)
                .when().put("/api/v1/school-statistics/" + school + "/2024/PRIMARY");
    }

    /** Figures with the given students, books and teachers; the rest scaled to the students. */
    private static Map<String, Object> figures(int students, int books, int teachers) {
        return Map.ofEntries(Map.entry("students", students), Map.entry("teachers", teachers),
                Map.entry("qualifiedTeachers", teachers / 2), Map.entry("backboneTeachers", teachers / 8),
                Map.entry("peArtsTeachers", teachers / 8), Map.entry("midTitledTeachers", teachers / 2),
                Map.entry("multimediaClassrooms", students / 40), Map.entry("computers", students / 8),
                Map.entry("books", books), Map.entry("floorSpace", students * 5.0),
                Map.entry("sportsSpace", students * 8.0), Map.entry("equipmentValue", students * 2100.0),
                Map.entry("effectiveDate", "2024-09-01"));
    }

    private static void school(CommunityTopic topic, String code, SchoolLevel level, boolean teachingPoint) {
        topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, COUNTY, SchoolClassification.RURAL,
                level, SchoolOwnership.PUBLIC, null, 300, false, false, teachingPoint, LocalDate.of(2020, 9, 1)));
    }

    private static void awaitKnown(String school) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Integer total = given().header("Authorization", OFFICER).queryParam("asOf", "2024-09-01")
                    .when().get("/api/v1/reports/provincial/divisions/" + COUNTY)
                    .then().statusCode(200).extract().path("figures.'schools.total'");
            if (total != null && total == 7) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(school + " did not reach the report");
    }
}

package edu.community.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A school officer writes its own school's statistics only, and nothing without a school claim (county 350104, which no other test of this module uses). */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SchoolOfficerTest {

    static final String COUNTY = "350104";
    static final String OWN = "3501040001";
    static final String OTHER = "3501040002";
    static final String OFFICER = TestTokens.bearerWithSchool(COUNTY, OWN, "school-officer");
    static final String NO_SCHOOL = TestTokens.bearer(COUNTY, "school-officer");
    static final String COUNTY_OFFICER = TestTokens.bearer(COUNTY, "county-officer");
    static final String PROBLEM = "urn:edu-community:problem:";
    /** One school's figures in the import's column order. */
    static final String FIGURES = "300,25,20,3,3,12,8,40,3000,1500,2400,630000";

    @Inject
    ObjectMapper json;

    @Test
    void a_school_officer_writes_its_own_school_only() {
        try (CommunityTopic topic = new CommunityTopic(json)) {
            school(topic, OWN);
            school(topic, OTHER);
            topic.flush();
        }
        awaitKnown(2);

        submit(OFFICER, OWN, 2024).then().statusCode(201);
        submit(OFFICER, OTHER, 2024).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "outside-school"))
                .body("targetSchool", equalTo(OTHER)).body("callerSchool", equalTo(OWN));
        submit(NO_SCHOOL, OWN, 2024).then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "outside-school"));
        statistics(OTHER).then().statusCode(404).body("type", equalTo(PROBLEM + "statistics.not-submitted"));

        JsonPath imported = importCsv(OFFICER,
                OWN + ",2025,PRIMARY," + FIGURES + "\n" + OTHER + ",2025,PRIMARY," + FIGURES + "\n");
        assertEquals(OWN, imported.getString("rows[0].key"));
        assertEquals("CREATED", imported.getString("rows[0].outcome"));
        assertEquals("REJECTED", imported.getString("rows[1].outcome"));
        assertEquals("outside-school", imported.getString("rows[1].problem"));
        JsonPath unscoped = importCsv(NO_SCHOOL, OWN + ",2026,PRIMARY," + FIGURES + "\n");
        assertEquals("outside-school", unscoped.getString("rows[0].problem"));
        statistics(OTHER).then().statusCode(404);

        submit(COUNTY_OFFICER, OTHER, 2024).then().statusCode(201);
    }

    private static Response submit(String token, String school, int schoolYear) {
        Map<String, Object> body = Map.ofEntries(Map.entry("students", 300), Map.entry("teachers", 25),
                Map.entry("qualifiedTeachers", 20), Map.entry("backboneTeachers", 3), Map.entry("peArtsTeachers", 3),
                Map.entry("midTitledTeachers", 12), Map.entry("multimediaClassrooms", 8), Map.entry("computers", 40),
                Map.entry("books", 3000), Map.entry("floorSpace", 1500.0), Map.entry("sportsSpace", 2400.0),
                Map.entry("equipmentValue", 630000.0));
        return given().header("Authorization", token).contentType("application/json").body(body)
                .when().put("/api/v1/school-statistics/" + school + "/" + schoolYear + "/PRIMARY");
    }

    private static Response statistics(String school) {
        return given().header("Authorization", COUNTY_OFFICER)
                .when().get("/api/v1/school-statistics/" + school + "/2024/PRIMARY");
    }

    private static JsonPath importCsv(String token, String rows) {
        return given().header("Authorization", token).contentType("text/csv; charset=UTF-8")
                .body("schoolCode,schoolYear,stage,students,teachers,qualifiedTeachers,backboneTeachers,peArtsTeachers,"
                        + "midTitledTeachers,multimediaClassrooms,computers,books,floorSpace,sportsSpace,equipmentValue\n"
                        + rows)
                .when().post("/api/v1/school-statistics/import")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void school(CommunityTopic topic, String code) {
        topic.publish("school-" + code, new SchoolRegistered(code, "school " + code, COUNTY, SchoolClassification.RURAL,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 300, false, false, false, LocalDate.of(2020, 9, 1)));
    }

    private static void awaitKnown(int schools) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Integer total = given().header("Authorization", COUNTY_OFFICER).queryParam("asOf", "2024-09-01")
                    .when().get("/api/v1/reports/provincial/divisions/" + COUNTY)
                    .then().statusCode(200).extract().path("figures.'schools.total'");
            if (total != null && total == schools) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the schools of " + COUNTY + " did not reach the report");
    }
}

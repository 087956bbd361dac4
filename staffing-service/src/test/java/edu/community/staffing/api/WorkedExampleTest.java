package edu.community.staffing.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.staffing.support.People;
import edu.community.staffing.support.Schools;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worked example of the module README, figure by figure, through the API. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class WorkedExampleTest {

    private static final String WUCHENG = "330702";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String AS_OF = "2025-06-30";

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Test
    void eligibility_ratio_and_ledger_of_the_readme_before_and_after_a_backdated_transfer() {
        String core = Schools.newSchoolCode(WUCHENG);
        String rural = Schools.newSchoolCode(WUCHENG);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, core, WUCHENG, SchoolClassification.URBAN);
            Schools.school(topic, rural, WUCHENG, SchoolClassification.RURAL);
            Schools.formed(topic, UUID.randomUUID().toString(), CommunityModel.CO_CONSTRUCTION, core, List.of(rural),
                    LocalDate.of(2015, 9, 1));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        String t1 = People.registered(PROVINCE, "甲", WUCHENG, core, "TEACHER", "2014-09-01", "NONE");
        given().header("Authorization", PROVINCE).contentType("application/json")
                .body(Map.of("backbone", "COUNTY", "effectiveDate", "2020-01-01"))
                .when().put("/api/v1/staff/" + t1 + "/backbone").then().statusCode(200);
        String t2 = People.registered(PROVINCE, "乙", WUCHENG, core, "TEACHER", "2016-09-01", "NONE");
        String t3 = People.registered(PROVINCE, "丙", WUCHENG, core, "TEACHER", "2019-03-01", "NONE");
        String t4 = People.registered(PROVINCE, "丁", WUCHENG, core, "TEACHER", "2010-09-01", "NONE");
        String p1 = People.registered(PROVINCE, "戊", WUCHENG, core, "PRINCIPAL", "2017-09-01", "NONE");
        String r1 = People.registered(PROVINCE, "己", WUCHENG, rural, "TEACHER", "2020-09-01", "NONE");
        posting(t1, "ROTATION", rural, "2026-07-31", null);
        posting(t2, "SUPPORT_TEACHING", rural, "2025-01-31", "2025-01-31");

        // Before the backdated transfer
        JsonPath county = figures("/api/v1/staff/figures/counties/" + WUCHENG);
        assertEquals(2024, county.getInt("schoolYear"));
        assertEquals(4, county.getInt("eligible"));
        assertEquals(2, county.getInt("rotated"));
        assertEquals(1, county.getInt("backboneRotated"));
        assertEquals(0.5, county.getDouble("rotationRatio"), 1e-9);
        assertEquals(0.5, county.getDouble("backboneRatio"), 1e-9);
        assertEquals(true, county.getBoolean("rotationTargetMet"));
        assertEquals(true, county.getBoolean("backboneTargetMet"));

        person(t1, "ON_POSTING", "rotation.teacher-years", "2020-09-01", 295, false);
        person(t2, "NOT_YET", "rotation.teacher-years", "2031-01-31", 145, false);
        person(t3, "ELIGIBLE", "rotation.teacher-years", "2025-03-01", 0, false);
        person(t4, "ELIGIBLE", "rotation.teacher-years", "2016-09-01", 0, false);
        person(p1, "ELIGIBLE", "rotation.principal-terms", "2023-09-01", 0, false);
        person(r1, "NOT_YET", "rotation.teacher-years", "2026-09-01", 1764, true);
        JsonPath school = figures("/api/v1/staff/figures/schools/" + core);
        assertEquals(5, school.getInt("staff"));
        assertEquals(3, school.getInt("eligible"));

        // 丁 was in fact transferred to the rural school on 2024-06-01, recorded a year late
        People.post(PROVINCE, "/api/v1/staff/" + t4 + "/transfers",
                Map.of("toSchool", rural, "role", "TEACHER", "effectiveDate", "2024-06-01")).then().statusCode(200);
        county = figures("/api/v1/staff/figures/counties/" + WUCHENG);
        assertEquals(3, county.getInt("eligible"));
        assertEquals(2, county.getInt("rotated"));
        assertEquals(2.0 / 3, county.getDouble("rotationRatio"), 1e-6);
        assertEquals(0.5, county.getDouble("backboneRatio"), 1e-9);
        person(t4, "NOT_YET", "rotation.teacher-years", "2030-06-01", 395, true);
        school = figures("/api/v1/staff/figures/schools/" + core);
        assertEquals(4, school.getInt("staff"));
        assertEquals(2, school.getInt("eligible"));
    }

    /** Proposed 2024-06-15, approved 2024-06-20, started 2024-09-09, completed on {@code completed} if given. */
    private static void posting(String staffId, String kind, String destination, String plannedEnd, String completed) {
        String id = People.post(PROVINCE, "/api/v1/postings", Map.of("staffId", staffId, "kind", kind,
                        "destinationSchool", destination, "plannedStart", "2024-09-09", "plannedEnd", plannedEnd,
                        "reason", "城乡交流", "effectiveDate", "2024-06-15"))
                .then().statusCode(201).extract().path("postingId");
        People.post(PROVINCE, "/api/v1/postings/" + id + "/approval",
                Map.of("reason", "同意", "effectiveDate", "2024-06-20")).then().statusCode(200);
        People.post(PROVINCE, "/api/v1/postings/" + id + "/start", Map.of("effectiveDate", "2024-09-09"))
                .then().statusCode(200);
        if (completed != null) {
            People.post(PROVINCE, "/api/v1/postings/" + id + "/completion",
                    Map.of("recordedAsTransfer", false, "effectiveDate", completed)).then().statusCode(200);
        }
    }

    private static JsonPath figures(String path) {
        return given().header("Authorization", PROVINCE).queryParam("asOf", AS_OF).when().get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void person(String staffId, String outcome, String rule, String eligibleFrom, int ruralDays,
                               boolean seniorTitle) {
        JsonPath figures = figures("/api/v1/staff/figures/people/" + staffId);
        assertEquals(outcome, figures.getString("eligibility.outcome"), staffId);
        assertEquals(rule, figures.getString("eligibility.rule"), staffId);
        assertEquals(eligibleFrom, figures.getString("eligibility.eligibleFrom"), staffId);
        assertEquals(ruralDays, figures.getInt("ruralService.ruralDays"), staffId);
        assertEquals(seniorTitle, figures.getBoolean("ruralService.seniorTitleEligible"), staffId);
    }
}

package edu.community.staffing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.staffing.support.People;
import edu.community.staffing.support.Schools;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff through the API: registration, the rules as problem details, the division and school rules. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class StaffApiTest {

    private static final String PROBLEM = "urn:edu-community:problem:";
    private static final String BINJIANG = "330108";
    private static final String XIAOSHAN = "330109";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String BINJIANG_OFFICER = TestTokens.bearer(BINJIANG, "county-officer");
    private static final String SCHOOL = Schools.newSchoolCode(BINJIANG);
    private static final String OTHER = Schools.newSchoolCode(BINJIANG);
    private static final String ACROSS = Schools.newSchoolCode(XIAOSHAN);
    private static boolean published;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @BeforeEach
    void schools() {
        if (published) {
            return;
        }
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Schools.school(topic, SCHOOL, BINJIANG, SchoolClassification.URBAN);
            Schools.school(topic, OTHER, BINJIANG, SchoolClassification.URBAN);
            Schools.school(topic, ACROSS, XIAOSHAN, SchoolClassification.RURAL);
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        published = true;
    }

    private long count(String table) {
        return pool.query("select count(*) from " + table).execute().await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void a_registration_answers_with_the_record_and_the_personal_data_and_again_writes_nothing() {
        Map<String, Object> body = People.registration("李明", BINJIANG, SCHOOL, "TEACHER", "2019-09-01", "NONE");
        String id = People.register(BINJIANG_OFFICER, body).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("personalData.name", equalTo("李明"))
                .body("personalData.residentId", equalTo(body.get("residentId")))
                .body("schoolCode", equalTo(SCHOOL))
                .body("appointments", hasSize(1))
                .extract().path("staffId");
        long events = count("es_event");
        People.register(BINJIANG_OFFICER, body).then().statusCode(200).body("staffId", equalTo(id));
        assertEquals(events, count("es_event"));
        given().header("Authorization", BINJIANG_OFFICER).when().get("/api/v1/staff/" + id)
                .then().statusCode(200).body("personalData.contact", equalTo("13800000000"));
        given().header("Authorization", TestTokens.bearer("330000", "analyst")).when().get("/api/v1/staff/" + id)
                .then().statusCode(200).body("personalData", nullValue()).body("personalDataErased", equalTo(false))
                .body("schoolCode", equalTo(SCHOOL));
    }

    @Test
    void a_wrong_check_character_is_refused_naming_the_rule_and_nothing_is_written() {
        Map<String, Object> body = People.registration("王芳", BINJIANG, SCHOOL, "TEACHER", "2019-09-01", "NONE");
        String id = (String) body.get("residentId");
        body.put("residentId", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        long events = count("es_event");
        long people = count("personal_data");
        People.register(BINJIANG_OFFICER, body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "staff.resident-id-invalid"))
                .body("rule", equalTo("staff.resident-id-invalid"));
        assertEquals(events, count("es_event"));
        assertEquals(people, count("personal_data"));
    }

    @Test
    void a_school_officer_registers_for_its_own_school_and_a_county_officer_in_its_county() {
        long people = count("personal_data");
        People.register(TestTokens.bearerWithSchool(BINJIANG, OTHER, "school-officer"),
                        People.registration("赵强", BINJIANG, SCHOOL, "TEACHER", "2019-09-01", "NONE"))
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-school"));
        People.register(TestTokens.bearer(XIAOSHAN, "county-officer"),
                        People.registration("赵强", BINJIANG, SCHOOL, "TEACHER", "2019-09-01", "NONE"))
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        assertEquals(people, count("personal_data"));
        People.register(TestTokens.bearerWithSchool(BINJIANG, SCHOOL, "school-officer"),
                People.registration("赵强", BINJIANG, SCHOOL, "TEACHER", "2019-09-01", "NONE")).then().statusCode(201);
    }

    @Test
    void reads_follow_the_division_rule() {
        String id = People.registered(BINJIANG_OFFICER, "吕青", BINJIANG, SCHOOL, "TEACHER", "2019-09-01", "NONE");
        String xiaoshan = TestTokens.bearer(XIAOSHAN, "county-officer");
        given().header("Authorization", xiaoshan).when().get("/api/v1/staff/" + id)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", xiaoshan).queryParam("asOf", "2024-01-01")
                .when().get("/api/v1/staff/figures/people/" + id)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", xiaoshan).queryParam("asOf", "2024-01-01")
                .when().get("/api/v1/staff/figures/counties/" + BINJIANG)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", xiaoshan).queryParam("asOf", "2024-01-01")
                .when().get("/api/v1/staff/figures/schools/" + SCHOOL)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", BINJIANG_OFFICER).queryParam("asOf", "2024-01-01")
                .when().get("/api/v1/staff/figures/schools/" + SCHOOL).then().statusCode(200);
        given().header("Authorization", BINJIANG_OFFICER).queryParam("asOf", "2024-13-01")
                .when().get("/api/v1/staff/figures/people/" + id).then().statusCode(400);
    }

    @Test
    void an_unknown_school_is_refused() {
        People.register(PROVINCE, People.registration("钱伟", BINJIANG, "3301089999", "TEACHER", "2019-09-01", "NONE"))
                .then().statusCode(422).body("rule", equalTo("staff.school-unknown"));
    }

    @Test
    void a_transfer_across_counties_needs_a_division_covering_both_and_nothing_changes_after_leaving() {
        String id = People.registered(BINJIANG_OFFICER, "孙丽", BINJIANG, SCHOOL, "TEACHER", "2015-09-01", "NONE");
        Map<String, Object> transfer = Map.of("toSchool", ACROSS, "role", "TEACHER", "effectiveDate", "2020-09-01");
        People.post(BINJIANG_OFFICER, "/api/v1/staff/" + id + "/transfers", transfer)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        People.post(TestTokens.bearer("330100", "city-officer"), "/api/v1/staff/" + id + "/transfers", transfer)
                .then().statusCode(200).body("schoolCode", equalTo(ACROSS)).body("appointments", hasSize(2));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(Map.of("title", "SENIOR", "effectiveDate", "2021-01-01"))
                .when().put("/api/v1/staff/" + id + "/title").then().statusCode(200)
                .body("titles", hasSize(2));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(Map.of("role", "PRINCIPAL", "effectiveDate", "2022-09-01"))
                .when().put("/api/v1/staff/" + id + "/role").then().statusCode(200)
                .body("appointments", hasSize(3)).body("appointments[2].role", equalTo("PRINCIPAL"))
                .body("schoolCode", equalTo(ACROSS));
        People.post(PROVINCE, "/api/v1/staff/" + id + "/leaving", Map.of("reason", "退休", "effectiveDate", "2025-07-01"))
                .then().statusCode(200).body("leftOn", equalTo("2025-07-01"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(Map.of("backbone", "COUNTY", "effectiveDate", "2025-08-01"))
                .when().put("/api/v1/staff/" + id + "/backbone").then().statusCode(409)
                .body("rule", equalTo("staff.left"));
    }

    @Test
    void a_command_on_someone_never_registered_is_not_found() {
        People.post(PROVINCE, "/api/v1/staff/00000000-0000-0000-0000-00000000abcd/leaving",
                Map.of("reason", "退休", "effectiveDate", "2025-07-01")).then().statusCode(404)
                .body("rule", equalTo("staff.not-found"));
    }
}

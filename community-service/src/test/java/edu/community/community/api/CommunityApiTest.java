package edu.community.community.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CommunityApiTest {

    private static final String PROBLEM = "urn:edu-community:problem:";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String ENTITY = "12330102MB0000000X";

    /** Schools of Shangcheng (330102) and Tonglu (330122), registered once for every test of this class. */
    private static final String CORE = "3301020001";
    private static final String RURAL_1 = "3301020002";
    private static final String RURAL_2 = "3301020003";
    private static final String RURAL_3 = "3301020004";
    private static final String TONGLU = "3301220001";
    private static boolean registered;

    private static void register(String code, String county, String classification) {
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"schoolCode":"%s","name":"学校%s","countyCode":"%s","classification":"%s","level":"PRIMARY",
                         "legalEntity":"%s","enrolment":400,"effectiveDate":"2020-09-01"}"""
                        .formatted(code, code, county, classification, ENTITY))
                .when().post("/api/v1/schools").then().statusCode(201);
    }

    private static synchronized void schools() {
        if (!registered) {
            register(CORE, "330102", "URBAN");
            register(RURAL_1, "330102", "RURAL");
            register(RURAL_2, "330102", "TOWNSHIP");
            register(RURAL_3, "330102", "RURAL");
            register(TONGLU, "330122", "RURAL");
            given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                    .body("""
                            {"schoolCode":"3301020009","name":"民办学校","countyCode":"330102","classification":"URBAN",
                             "level":"PRIMARY","ownership":"PRIVATE","enrolment":200,"effectiveDate":"2020-09-01"}""")
                    .when().post("/api/v1/schools").then().statusCode(201).body("ownership", equalTo("PRIVATE"));
            registered = true;
        }
    }

    private static String formBody(String model, String core, String member) {
        return """
                {"name":"教共体","model":"%s","coreSchool":"%s","members":["%s"],
                 "agreement":{"signedOn":"2026-08-20","goals":"城乡同步提升","content":"同步课堂、教师交流",
                              "termStart":"2026-09-01","termEnd":"2029-08-31"},
                 "effectiveDate":"2026-09-01"}""".formatted(model, core, member);
    }

    @Test
    void an_integrated_community_is_formed_changed_read_as_of_a_date_and_dissolved() {
        schools();
        String id = given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"name":"上城融合教共体","model":"INTEGRATED","coreSchool":"%s","members":["%s"],
                         "agreement":{"signedOn":"2026-08-20","goals":"一校多区","content":"同一法人",
                                      "termStart":"2026-09-01","termEnd":"2029-08-31"},
                         "effectiveDate":"2026-09-01"}""".formatted(CORE, RURAL_1))
                .when().post("/api/v1/communities")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("model", equalTo("INTEGRATED"), "members", contains(RURAL_1), "status", equalTo("ACTIVE"))
                .extract().path("communityId");

        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("{\"schoolCode\":\"%s\",\"effectiveDate\":\"2027-02-01\"}".formatted(RURAL_2))
                .when().post("/api/v1/communities/" + id + "/members")
                .then().statusCode(200).body("members", contains(RURAL_1, RURAL_2), "version", equalTo(2));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("{\"schoolCode\":\"%s\",\"effectiveDate\":\"2027-03-01\"}".formatted(RURAL_3))
                .when().post("/api/v1/communities/" + id + "/members")
                .then().statusCode(422).body("type", equalTo(PROBLEM + "integrated.at-most-two-members"));

        given().header("Authorization", PROVINCE).when().get("/api/v1/schools/" + RURAL_2)
                .then().statusCode(200).body("communities.communityId", hasItem(id), "communities.role", hasItem("MEMBER"));

        given().header("Authorization", PROVINCE).queryParam("asOf", "2026-12-31")
                .when().get("/api/v1/communities/" + id)
                .then().statusCode(200).body("members", contains(RURAL_1), "asOf", equalTo("2026-12-31"));
        given().header("Authorization", PROVINCE).queryParam("asOf", "2026-08-31")
                .when().get("/api/v1/communities/" + id)
                .then().statusCode(404);

        given().header("Authorization", PROVINCE).queryParam("division", "330102").queryParam("date", "2027-03-01")
                .when().get("/api/v1/coverage")
                .then().statusCode(200)
                .body("memberSchoolsByModel.INTEGRATED", equalTo(2), "integratedOrCoConstructionMembers", equalTo(2),
                        "ruralMembers", equalTo(1), "publicSchools", equalTo(4), "publicSchoolsCovered", equalTo(2));

        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("{\"reason\":\"合并\",\"effectiveDate\":\"2028-07-01\"}")
                .when().post("/api/v1/communities/" + id + "/dissolution")
                .then().statusCode(200).body("status", equalTo("DISSOLVED"));
        given().header("Authorization", PROVINCE).when().get("/api/v1/schools/" + RURAL_1 + "/memberships")
                .then().statusCode(200).body("communityId", hasItem(id), "find { it.communityId == '%s' }.to".formatted(id),
                        equalTo("2028-07-01"));
        given().header("Authorization", PROVINCE).queryParam("division", "330102").queryParam("status", "DISSOLVED")
                .when().get("/api/v1/communities")
                .then().statusCode(200).body("communityId", hasItem(id));
    }

    @Test
    void a_school_in_one_co_construction_community_cannot_enter_another_but_may_collaborate() {
        register("3301050001", "330105", "URBAN");
        register("3301050002", "330105", "RURAL");
        register("3301050003", "330105", "URBAN");

        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(formBody("CO_CONSTRUCTION", "3301050001", "3301050002"))
                .when().post("/api/v1/communities").then().statusCode(201);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(formBody("CO_CONSTRUCTION", "3301050003", "3301050002"))
                .when().post("/api/v1/communities")
                .then().statusCode(409).body("type", equalTo(PROBLEM + "school.in-another-community"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(formBody("COLLABORATIVE", "3301050003", "3301050002"))
                .when().post("/api/v1/communities").then().statusCode(201);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(formBody("COLLABORATIVE", "3301050003", "3301059999"))
                .when().post("/api/v1/communities")
                .then().statusCode(422).body("type", equalTo(PROBLEM + "school.not-registered"));
    }

    @Test
    void a_cross_county_community_needs_a_division_that_covers_every_school() {
        schools();
        String county = TestTokens.bearer("330102", "county-officer");
        given().header("Authorization", county).contentType(ContentType.JSON)
                .body("""
                        {"communityId":"%s","name":"跨县协作","model":"COLLABORATIVE","coreSchool":"%s","members":["%s"],
                         "agreement":{"signedOn":"2026-08-20","goals":"g","content":"c","termStart":"2026-09-01",
                                      "termEnd":"2029-08-31"},"effectiveDate":"2026-09-01"}""".formatted(UUID.randomUUID(), CORE, TONGLU))
                .when().post("/api/v1/communities")
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"), "targetDivision", equalTo("330122"));

        String city = TestTokens.bearer("330100", "city-officer");
        given().header("Authorization", city).contentType(ContentType.JSON)
                .body("""
                        {"name":"跨县协作","model":"COLLABORATIVE","groupType":"COOPERATIVE","coreSchool":"%s","members":["%s"],
                         "agreement":{"signedOn":"2026-08-20","goals":"g","content":"c","termStart":"2026-09-01",
                                      "termEnd":"2029-08-31"},"effectiveDate":"2026-09-01"}""".formatted(CORE, TONGLU))
                .when().post("/api/v1/communities")
                .then().statusCode(201).body("groupType", equalTo("COOPERATIVE"), "dissolvedOn", nullValue());
    }
}

package edu.community.community.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** No write of this service is a school officer's, not even one of its own school: its records are the bureaus'. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SchoolOfficerTest {

    private static final String ZHUJI = "330681";
    private static final String OWN = "3306810001";

    @Test
    void a_school_officer_cannot_register_or_change_its_own_school() {
        String officer = TestTokens.bearerWithSchool(ZHUJI, OWN, "school-officer");
        String registration = """
                {"schoolCode":"%s","name":"文新小学","countyCode":"%s","classification":"URBAN",
                 "level":"PRIMARY","enrolment":1200,"effectiveDate":"2026-09-01"}""".formatted(OWN, ZHUJI);

        given().header("Authorization", officer).contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/schools")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:edu-community:problem:role-not-allowed"));
        given().header("Authorization", TestTokens.bearer(ZHUJI, "county-officer"))
                .when().get("/api/v1/schools/" + OWN)
                .then().statusCode(404);
    }
}

package edu.community.community.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ReferenceApiTest {

    @Test
    void the_shipped_support_county_table_answers_for_a_date() {
        String token = TestTokens.bearer("330106", "school-officer");
        given().header("Authorization", token).queryParam("date", "2024-01-01")
                .when().get("/api/v1/reference/support-counties")
                .then().statusCode(200).body("size()", equalTo(32), "countyCode", hasItem("330326"));
        given().header("Authorization", token).queryParam("date", "2024-09-01")
                .when().get("/api/v1/reference/support-counties")
                .then().statusCode(200).body("size()", equalTo(29), "countyCode", not(hasItem("330326")));
        given().header("Authorization", token)
                .when().get("/api/v1/reference/support-counties")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

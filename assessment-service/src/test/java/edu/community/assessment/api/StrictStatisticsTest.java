package edu.community.assessment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Figures that are no numbers are refused as malformed, never a 500, and nothing is written. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class StrictStatisticsTest {

    private static final String OFFICER = TestTokens.bearer("340102", "county-officer");
    private static final String FIGURES = """
            {"students":460,"teachers":40,"qualifiedTeachers":30,"backboneTeachers":5,"peArtsTeachers":5,
             "midTitledTeachers":20,"multimediaClassrooms":12,"computers":60,"books":2800,
             "floorSpace":%s,"sportsSpace":2300,"equipmentValue":1000000}""";

    @Test
    void not_a_number_infinity_and_numbers_as_text_are_malformed() {
        for (String floorSpace : new String[] {"\"NaN\"", "\"Infinity\"", "1e999", "\"2300\"", "true"}) {
            given().header("Authorization", OFFICER).contentType("application/json")
                    .body(FIGURES.formatted(floorSpace))
                    .when().put("/api/v1/school-statistics/3401029999/2024/PRIMARY")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:edu-community:problem:malformed-request"))
                    .body("violations[0].field", equalTo("floorSpace"));
        }
        given().header("Authorization", OFFICER).when().get("/api/v1/school-statistics/3401029999/2024/PRIMARY")
                .then().statusCode(404);
    }
}

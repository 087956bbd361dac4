package edu.community.exchange.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.exchange.support.Communities;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Test
    void the_term_figures_of_the_readme_with_a_late_correction() {
        String community = UUID.randomUUID().toString();
        String yiwu = Communities.newSchoolCode("330782");
        String jingning = Communities.newSchoolCode("331127");
        String hexi = Communities.newSchoolCode("331127");
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Communities.school(topic, yiwu, "330782", SchoolClassification.URBAN);
            Communities.school(topic, jingning, "331127", SchoolClassification.RURAL);
            Communities.school(topic, hexi, "331127", SchoolClassification.TOWNSHIP);
            Communities.formed(topic, community, CommunityModel.CO_CONSTRUCTION, yiwu, List.of(jingning, hexi),
                    LocalDate.of(2026, 9, 1));
            topic.awaitApplied(pool, Communities.FACTS_CONSUMER);
        }

        String study = plan(community, "STUDY_PRACTICE", yiwu, "2026-10-15", Map.of(yiwu, 40, jingning, 30), 5);
        record("POST", study, "2026-10-15", 180, Map.of(yiwu, 38, jingning, 29), 5);
        String sports = plan(community, "SPORTS_OR_ARTS_COMPETITION", jingning, "2026-11-05",
                Map.of(jingning, 20, hexi, 25), 6);
        record("POST", sports, "2026-11-05", 240, Map.of(jingning, 20, hexi, 24), 6);
        String labour = plan(community, "LABOUR_PRACTICE", hexi, "2026-11-20", Map.of(hexi, 30), 4);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body("{\"reason\":\"暴雨\"}")
                .when().post("/api/v1/activities/" + labour + "/cancellation").then().statusCode(200);

        assertFigures(figures("communities/" + community, "2026-10-31"), 1, 0, 180, 67, 29);
        assertFigures(figures("communities/" + community, "2027-01-31"), 2, 1, 420, 111, 73);

        record("PUT", sports, "2026-11-05", 210, Map.of(jingning, 20, hexi, 22), 6);

        assertFigures(figures("communities/" + community, "2026-10-31"), 1, 0, 180, 67, 29);
        assertFigures(figures("communities/" + community, "2027-01-31"), 2, 1, 390, 109, 71);
        assertFigures(figures("communities/" + community, "2026-11-10"), 2, 0, 390, 109, 71);
        assertFigures(figures("counties/331127", "2027-01-31"), 2, 1, 390, 71, 71);
        assertFigures(figures("counties/330782", "2027-01-31"), 1, 0, 180, 38, 0);
    }

    private static String plan(String community, String kind, String host, String date, Map<String, Integer> counts,
                               int grade) {
        return given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"kind":"%s","communityId":"%s","hostSchool":"%s","date":"%s","plannedParticipants":[%s]}"""
                        .formatted(kind, community, host, date, participants(counts, grade)))
                .when().post("/api/v1/activities")
                .then().statusCode(201).extract().path("activityId");
    }

    private static void record(String method, String activity, String date, int minutes, Map<String, Integer> counts,
                               int grade) {
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"%s\",\"durationMinutes\":%d,\"participants\":[%s]}"
                        .formatted(date, minutes, participants(counts, grade)))
                .when().request(method, "/api/v1/activities/" + activity + "/record")
                .then().statusCode(200);
    }

    private static String participants(Map<String, Integer> counts, int grade) {
        return String.join(",", counts.entrySet().stream()
                .map(e -> "{\"schoolCode\":\"%s\",\"grade\":%d,\"students\":%d}".formatted(e.getKey(), grade, e.getValue()))
                .toList());
    }

    @Test
    void a_figure_query_without_a_valid_term_or_date_is_a_validation_problem() {
        for (Map<String, String> query : List.of(Map.of("asOf", "2026-10-01"), Map.of("term", "2026-AUTUMN"),
                Map.of("term", "AUTUMN", "asOf", "2026-10-01"), Map.of("term", "2026-AUTUMN", "asOf", "2026-13-01"))) {
            given().header("Authorization", PROVINCE).queryParams(query)
                    .when().get("/api/v1/figures/counties/330106")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    private static JsonPath figures(String scope, String asOf) {
        return given().header("Authorization", PROVINCE).queryParam("term", "2026-AUTUMN").queryParam("asOf", asOf)
                .when().get("/api/v1/figures/" + scope)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void assertFigures(JsonPath figures, long held, long cancelled, long minutes, long students,
                                      long ruralAndTownship) {
        String scope = figures.getString("scope") + " to " + figures.getString("to");
        assertEquals(held, figures.getLong("activitiesHeld"), "held, " + scope);
        assertEquals(cancelled, figures.getLong("activitiesCancelled"), "cancelled, " + scope);
        assertEquals(minutes, figures.getLong("minutes"), "minutes, " + scope);
        assertEquals(students, figures.getLong("students"), "students, " + scope);
        assertEquals(ruralAndTownship, figures.getLong("ruralAndTownshipStudents"), "rural and township, " + scope);
    }
}

package edu.community.exchange.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.exchange.support.Communities;
import edu.community.eventsourcing.testing.CommunityTopic;
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

/** The synchronous-classroom worked example of the module README, through the API, and its rules over HTTP. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SyncSeriesApiTest {

    private static final String PROBLEM = "urn:edu-community:problem:";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Test
    void the_term_figures_of_the_readme_with_a_late_correction_and_the_rules_over_http() {
        String community = UUID.randomUUID().toString();
        String yongkang = Communities.newSchoolCode("330784");
        String rural = Communities.newSchoolCode("331126");
        String township = Communities.newSchoolCode("331126");
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Communities.school(topic, yongkang, "330784", SchoolClassification.URBAN);
            Communities.school(topic, rural, "331126", SchoolClassification.RURAL);
            Communities.school(topic, township, "331126", SchoolClassification.TOWNSHIP);
            Communities.formed(topic, community, CommunityModel.COLLABORATIVE, yongkang, List.of(rural, township),
                    LocalDate.of(2026, 8, 1));
            topic.awaitApplied(pool, Communities.FACTS_CONSUMER);
        }
        String series = given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"communityId":"%s","subject":"数学","grade":5,"teachingSchool":"%s","teacherId":"staff-3f2a",
                         "receivingClassrooms":[{"schoolCode":"%s","classroomId":"5-1","enrolled":30},
                                                {"schoolCode":"%s","classroomId":"5-1","enrolled":40}],
                         "weekday":"TUESDAY","lessonMinutes":40,"term":"2026-AUTUMN","firstDay":"2026-09-01"}"""
                        .formatted(community, yongkang, rural, township))
                .when().post("/api/v1/sync-series")
                .then().statusCode(201).header("ETag", "\"1\"").extract().path("seriesId");

        lesson(series, "2026-09-08", held(rural, 28), held(township, 38)).then().statusCode(200);
        lesson(series, "2026-09-15", missed(rural, "CONNECTION_FAILURE"), held(township, 36)).then().statusCode(200);
        lesson(series, "2026-09-22", held(rural, 30), missed(township, "SCHOOL_EVENT"))
                .then().statusCode(200).header("ETag", "\"4\"");

        lesson(series, "2026-09-23", held(rural, 30), held(township, 30))
                .then().statusCode(422).body("type", equalTo(PROBLEM + "sync-session.not-on-schedule"));
        lesson(series, "2026-09-22", held(rural, 30), held(township, 30))
                .then().statusCode(409).body("type", equalTo(PROBLEM + "sync-session.already-recorded"));
        lesson(series, "2026-09-29", held(rural, 31), held(township, 30))
                .then().statusCode(422).body("type", equalTo(PROBLEM + "sync-session.attendance-out-of-bounds"));

        JsonPath before = figures("communities/" + community, "2026-09-30");
        assertFigures(before, 3, 160, Map.of(rural, new long[]{58, 60}, township, new long[]{74, 80}),
                Map.of("CONNECTION_FAILURE", 1L, "SCHOOL_EVENT", 1L));
        assertEquals(0.9667f, before.getFloat("attendance.find { it.schoolCode == '" + rural + "' }.rate"));

        given().header("Authorization", PROVINCE).header("If-Match", "\"4\"").contentType(ContentType.JSON)
                .body("{\"classrooms\":[%s,%s],\"reason\":\"网络恢复后补录\"}".formatted(held(rural, 25), held(township, 36)))
                .when().put("/api/v1/sync-series/" + series + "/sessions/2026-09-15")
                .then().statusCode(200).header("ETag", "\"5\"");

        assertFigures(figures("communities/" + community, "2026-09-30"), 3, 200,
                Map.of(rural, new long[]{83, 90}, township, new long[]{74, 80}), Map.of("SCHOOL_EVENT", 1L));
        assertFigures(figures("communities/" + community, "2026-09-10"), 1, 80,
                Map.of(rural, new long[]{28, 30}, township, new long[]{38, 40}), Map.of());
        assertFigures(figures("counties/331126", "2026-09-30"), 3, 200,
                Map.of(rural, new long[]{83, 90}, township, new long[]{74, 80}), Map.of("SCHOOL_EVENT", 1L));
        assertFigures(figures("counties/330784", "2026-09-30"), 0, 0, Map.of(), Map.of());

        given().header("Authorization", PROVINCE)
                .when().get("/api/v1/sync-series/" + series)
                .then().statusCode(200).header("ETag", "\"5\"")
                .body("lessons.size()", equalTo(3), "lessons[1].classrooms[0].present", equalTo(25));
    }

    private static io.restassured.response.Response lesson(String series, String date, String... classrooms) {
        return given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("{\"date\":\"%s\",\"classrooms\":[%s]}".formatted(date, String.join(",", classrooms)))
                .when().post("/api/v1/sync-series/" + series + "/sessions");
    }

    private static String held(String school, int present) {
        return "{\"schoolCode\":\"%s\",\"classroomId\":\"5-1\",\"held\":true,\"present\":%d}".formatted(school, present);
    }

    private static String missed(String school, String reason) {
        return "{\"schoolCode\":\"%s\",\"classroomId\":\"5-1\",\"held\":false,\"present\":0,\"missedReason\":\"%s\"}"
                .formatted(school, reason);
    }

    private static JsonPath figures(String scope, String asOf) {
        return given().header("Authorization", PROVINCE).queryParam("term", "2026-AUTUMN").queryParam("asOf", asOf)
                .when().get("/api/v1/figures/" + scope + "/sync-classroom")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void assertFigures(JsonPath figures, long lessons, long minutes, Map<String, long[]> attendance,
                                      Map<String, Long> missed) {
        String scope = figures.getString("scope") + " to " + figures.getString("to");
        assertEquals(lessons, figures.getLong("lessonsDelivered"), "lessons, " + scope);
        assertEquals(minutes, figures.getLong("ruralAndTownshipClassroomMinutes"), "minutes, " + scope);
        assertEquals(attendance.size(), figures.getList("attendance").size(), "schools, " + scope);
        attendance.forEach((school, counts) -> {
            String path = "attendance.find { it.schoolCode == '" + school + "' }.";
            assertEquals(counts[0], figures.getLong(path + "present"), "present at " + school + ", " + scope);
            assertEquals(counts[1], figures.getLong(path + "enrolled"), "enrolled at " + school + ", " + scope);
        });
        assertEquals(missed.size(), figures.getList("missed").size(), "missed reasons, " + scope);
        missed.forEach((reason, count) -> assertEquals(count,
                figures.getLong("missed.find { it.reason == '" + reason + "' }.classroomLessons"), reason + ", " + scope));
    }
}

package edu.community.exchange.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.hostile.Endpoint;
import edu.community.eventsourcing.hostile.HostileInputSuite;
import edu.community.eventsourcing.hostile.Target;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.exchange.support.Communities;
import edu.community.eventsourcing.testing.CommunityTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every write endpoint of exchange-service against generated hostile input. The community and its schools live in
 * Fuzhou (350102), apart from the other tests' divisions, and are published once on community-service's topic.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class HostileInputTest extends HostileInputSuite {

    private static final String COUNTY = "350102";
    private static final String CALLER = TestTokens.bearer("350000", "province-officer");
    private static final String COMMUNITY = UUID.randomUUID().toString();
    private static final String CORE = Communities.newSchoolCode(COUNTY);
    private static final String MEMBER = Communities.newSchoolCode(COUNTY);
    /** A Tuesday of the 2024 autumn term. */
    private static final String LESSON = "2024-09-10";
    private static boolean published;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @Override
    protected String authorization() {
        return CALLER;
    }

    @Override
    protected Target prepare(Endpoint endpoint) {
        publishCommunity();
        return switch (endpoint.operation()) {
            case "POST /api/v1/activities" -> Target.of(Map.of(), activity());
            case "POST /api/v1/activities/{activityId}/postponement" -> Target.of(activityPath(false),
                    Map.of("newDate", "2024-10-22", "reason", "台风"));
            case "POST /api/v1/activities/{activityId}/cancellation" -> Target.of(activityPath(false),
                    Map.of("reason", "暴雨"));
            case "POST /api/v1/activities/{activityId}/record" -> Target.of(activityPath(false), record(28));
            case "PUT /api/v1/activities/{activityId}/record" -> Target.of(activityPath(true), record(27));
            case "POST /api/v1/sync-series" -> Target.of(Map.of(), series());
            case "POST /api/v1/sync-series/{seriesId}/sessions" -> Target.of(Map.of("seriesId", newSeries(false)),
                    Map.of("date", LESSON, "classrooms", List.of(classroom(35))));
            case "PUT /api/v1/sync-series/{seriesId}/sessions/{date}" -> Target.of(
                    Map.of("seriesId", newSeries(true), "date", LESSON),
                    Map.of("classrooms", List.of(classroom(34)), "reason", "补录"));
            default -> throw new IllegalStateException("no fixture for " + endpoint.operation());
        };
    }

    private synchronized void publishCommunity() {
        if (published) {
            return;
        }
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Communities.school(topic, CORE, COUNTY, SchoolClassification.URBAN);
            Communities.school(topic, MEMBER, COUNTY, SchoolClassification.RURAL);
            Communities.formed(topic, COMMUNITY, CommunityModel.CO_CONSTRUCTION, CORE, List.of(MEMBER),
                    LocalDate.of(2024, 9, 1));
            topic.awaitApplied(pool, Communities.FACTS_CONSUMER);
        }
        published = true;
    }

    private static Map<String, Object> activity() {
        return Map.of("kind", "STUDY_PRACTICE", "communityId", COMMUNITY, "hostSchool", CORE, "date", "2024-10-15",
                "plannedParticipants", List.of(Map.of("schoolCode", MEMBER, "grade", 5, "students", 30)));
    }

    private static Map<String, Object> record(int students) {
        return Map.of("heldOn", "2024-10-15", "durationMinutes", 120,
                "participants", List.of(Map.of("schoolCode", MEMBER, "grade", 5, "students", students)));
    }

    private static Map<String, String> activityPath(boolean held) {
        String id = given().header("Authorization", CALLER).contentType(ContentType.JSON).body(activity())
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("activityId");
        if (held) {
            given().header("Authorization", CALLER).contentType(ContentType.JSON).body(record(28))
                    .when().post("/api/v1/activities/" + id + "/record").then().statusCode(200);
        }
        return Map.of("activityId", id);
    }

    private static Map<String, Object> series() {
        return Map.of("communityId", COMMUNITY, "subject", "数学", "grade", 5, "teachingSchool", CORE,
                "teacherId", "staff-3f2a", "receivingClassrooms",
                List.of(Map.of("schoolCode", MEMBER, "classroomId", "5-1", "enrolled", 40)),
                "weekday", "TUESDAY", "lessonMinutes", 40, "term", "2024-AUTUMN", "firstDay", "2024-09-03");
    }

    private static Map<String, Object> classroom(int present) {
        return Map.of("schoolCode", MEMBER, "classroomId", "5-1", "held", true, "present", present);
    }

    private static String newSeries(boolean withLesson) {
        String id = given().header("Authorization", CALLER).contentType(ContentType.JSON).body(series())
                .when().post("/api/v1/sync-series").then().statusCode(201).extract().path("seriesId");
        if (withLesson) {
            given().header("Authorization", CALLER).contentType(ContentType.JSON)
                    .body(Map.of("date", LESSON, "classrooms", List.of(classroom(35))))
                    .when().post("/api/v1/sync-series/" + id + "/sessions").then().statusCode(200);
        }
        return id;
    }
}

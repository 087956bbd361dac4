package edu.community.exchange.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import edu.community.exchange.support.Communities;
import edu.community.eventsourcing.testing.CommunityTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ActivityApiTest {

    private static final String PROBLEM = "urn:edu-community:problem:";
    private static final String XIHU = "330106";
    private static final String CHUNAN = "330127";
    private static final String WENZHOU_LUCHENG = "330302";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");

    private static final String COMMUNITY = UUID.randomUUID().toString();
    private static final String CORE = Communities.newSchoolCode(XIHU);
    private static final String MEMBER = Communities.newSchoolCode(CHUNAN);
    private static final String OUTSIDER = Communities.newSchoolCode(XIHU);
    /** A member in another city from 2026-10-01: a collaborative community (协作型) spans counties and cities. */
    private static final String FAR_MEMBER = Communities.newSchoolCode(WENZHOU_LUCHENG);
    private static boolean published;

    @Inject
    ObjectMapper json;

    @Inject
    Pool pool;

    @BeforeEach
    void community() {
        if (published) {
            return;
        }
        try (CommunityTopic topic = new CommunityTopic(json)) {
            Communities.school(topic, CORE, XIHU, SchoolClassification.URBAN);
            Communities.school(topic, MEMBER, CHUNAN, SchoolClassification.RURAL);
            Communities.school(topic, OUTSIDER, XIHU, SchoolClassification.URBAN);
            Communities.school(topic, FAR_MEMBER, WENZHOU_LUCHENG, SchoolClassification.RURAL);
            Communities.formed(topic, COMMUNITY, CommunityModel.COLLABORATIVE, CORE, List.of(MEMBER),
                    LocalDate.of(2026, 9, 1));
            topic.publish("community-" + COMMUNITY, new MemberJoined(COMMUNITY, FAR_MEMBER, LocalDate.of(2026, 10, 1)));
            topic.awaitApplied(pool, Communities.FACTS_CONSUMER);
        }
        published = true;
    }

    static String plan(String host, String date, String... schools) {
        StringBuilder participants = new StringBuilder();
        for (String school : schools) {
            participants.append(participants.length() == 0 ? "" : ",")
                    .append("{\"schoolCode\":\"%s\",\"grade\":5,\"students\":30}".formatted(school));
        }
        return """
                {"kind":"STUDY_PRACTICE","communityId":"%s","hostSchool":"%s","date":"%s",
                 "plannedParticipants":[%s]}""".formatted(COMMUNITY, host, date, participants);
    }

    private static String planned(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/activities")
                .then().statusCode(201).header("ETag", "\"1\"").extract().path("activityId");
    }

    private static String record(String date, int minutes, int students) {
        return """
                {"heldOn":"%s","durationMinutes":%d,"participants":[
                 {"schoolCode":"%s","grade":5,"students":%d}]}""".formatted(date, minutes, MEMBER, students);
    }

    private long eventsOf(String activityId) {
        return pool.preparedQuery("select count(*) from es_event where stream_id = $1")
                .execute(Tuple.of("activity-" + activityId)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void a_planned_activity_is_read_back_with_its_etag_and_published() {
        String id = planned(PROVINCE, plan(CORE, "2026-10-15", CORE, MEMBER));

        given().header("Authorization", TestTokens.bearer(CHUNAN, "county-officer"))
                .when().get("/api/v1/activities/" + id)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", TestTokens.bearer(XIHU, "county-officer"))
                .when().get("/api/v1/activities/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("PLANNED"), "hostSchool", equalTo(CORE), "date", equalTo("2026-10-15"),
                        "plannedParticipants.size()", equalTo(2));

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil("edu.exchange.events",
                read -> read.stream().anyMatch(r -> ("activity-" + id).equals(r.key())), Duration.ofSeconds(120));
        ConsumerRecord<String, String> event = records.stream().filter(r -> ("activity-" + id).equals(r.key()))
                .findFirst().orElseThrow();
        assertEquals("edu.exchange.ActivityPlanned.v1", header(event, "ce_type"));
        assertEquals(XIHU, header(event, "ce_region"));
    }

    @Test
    void a_school_outside_the_community_on_the_date_is_a_422_and_nothing_is_written() {
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(plan(CORE, "2026-10-15", CORE, OUTSIDER))
                .when().post("/api/v1/activities")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "activity.not-in-one-community"),
                        "rule", equalTo("activity.not-in-one-community"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(plan(CORE, "2026-09-20", FAR_MEMBER))
                .when().post("/api/v1/activities")
                .then().statusCode(422).body("rule", equalTo("activity.not-in-one-community"));
        assertEquals(0L, pool.query("select count(*) from activity where host_school = '" + OUTSIDER + "'")
                .execute().await().indefinitely().iterator().next().getLong(0));
    }

    @Test
    void a_collaborative_community_spans_cities_and_the_division_rule_covers_every_school() {
        given().header("Authorization", TestTokens.bearer(XIHU, "county-officer")).contentType(ContentType.JSON)
                .body(plan(CORE, "2026-10-20", CORE, FAR_MEMBER))
                .when().post("/api/v1/activities")
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        planned(PROVINCE, plan(CORE, "2026-10-20", CORE, FAR_MEMBER));
    }

    @Test
    void a_school_officer_plans_only_for_its_own_school() {
        given().header("Authorization", TestTokens.bearerWithSchool(CHUNAN, MEMBER, "school-officer"))
                .contentType(ContentType.JSON).body(plan(CORE, "2026-10-15", CORE))
                .when().post("/api/v1/activities")
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-school"));
        planned(TestTokens.bearerWithSchool(CHUNAN, MEMBER, "school-officer"), plan(MEMBER, "2026-10-15", MEMBER));
    }

    @Test
    void a_cancelled_activity_cannot_be_held() {
        String id = planned(PROVINCE, plan(CORE, "2026-10-15", MEMBER));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body("{\"reason\":\"暴雨\"}")
                .when().post("/api/v1/activities/" + id + "/cancellation")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("CANCELLED"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(record("2026-10-15", 120, 28))
                .when().post("/api/v1/activities/" + id + "/record")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "activity.cancelled"));
        assertEquals(2L, eventsOf(id));
    }

    @Test
    void hours_and_counts_outside_the_bounds_are_refused_with_their_codes() {
        String id = planned(PROVINCE, plan(CORE, "2026-10-15", MEMBER));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(record("2026-10-15", 2881, 28))
                .when().post("/api/v1/activities/" + id + "/record")
                .then().statusCode(422).body("rule", equalTo("activity.duration-out-of-bounds"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(record("2026-10-15", 120, 2001))
                .when().post("/api/v1/activities/" + id + "/record")
                .then().statusCode(422).body("rule", equalTo("activity.students-out-of-bounds"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body(record(LocalDate.now().plusDays(2).toString(), 120, 28))
                .when().post("/api/v1/activities/" + id + "/record")
                .then().statusCode(422).body("rule", equalTo("activity.held-in-future"));
        assertEquals(1L, eventsOf(id));
    }

    @Test
    void a_correction_takes_if_match_and_a_retried_request_answers_the_first_time() {
        String id = planned(PROVINCE, plan(CORE, "2026-10-15", MEMBER));
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", PROVINCE).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(record("2026-10-15", 120, 28))
                    .when().post("/api/v1/activities/" + id + "/record")
                    .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("HELD"));
        }
        given().header("Authorization", PROVINCE).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(record("2026-10-15", 100, 27))
                .when().put("/api/v1/activities/" + id + "/record")
                .then().statusCode(409).body("type", equalTo(PROBLEM + "stream-conflict"));
        given().header("Authorization", PROVINCE).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(record("2026-10-15", 100, 27))
                .when().put("/api/v1/activities/" + id + "/record")
                .then().statusCode(200).header("ETag", "\"3\"")
                .body("durationMinutes", equalTo(100), "participants[0].students", equalTo(27));
        assertEquals(3L, eventsOf(id));
    }

    @Test
    void a_retried_plan_answers_with_the_activity_it_planned_the_first_time() {
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", PROVINCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan(CORE, "2026-10-16", MEMBER))
                .when().post("/api/v1/activities")
                .then().statusCode(201).extract().path("activityId");
        given().header("Authorization", PROVINCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan(CORE, "2026-10-16", MEMBER))
                .when().post("/api/v1/activities")
                .then().body("activityId", equalTo(first)).header("ETag", "\"1\"");
        given().header("Authorization", PROVINCE).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan(CORE, "2026-10-17", MEMBER))
                .when().post("/api/v1/activities")
                .then().statusCode(422).body("type", equalTo(PROBLEM + "idempotency-key-reused"));
        assertEquals(1L, eventsOf(first));
    }

    @Test
    void an_unknown_activity_is_a_404_problem() {
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .when().post("/api/v1/activities/" + UUID.randomUUID() + "/cancellation")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "activity.not-found"));
        given().header("Authorization", PROVINCE)
                .when().get("/api/v1/activities/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

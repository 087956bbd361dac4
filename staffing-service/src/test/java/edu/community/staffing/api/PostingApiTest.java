package edu.community.staffing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Postings through the API: who may propose and approve, the rules as problem details with nothing written, and
 * the lifecycle. The core school is in Lin'an (330112), its member in Tonglu (330122).
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PostingApiTest {

    private static final String PROBLEM = "urn:edu-community:problem:";
    private static final String LINAN = "330112";
    private static final String TONGLU = "330122";
    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String CITY = TestTokens.bearer("330100", "city-officer");
    private static final String LINAN_OFFICER = TestTokens.bearer(LINAN, "county-officer");
    private static final String CORE = Schools.newSchoolCode(LINAN);
    private static final String MEMBER = Schools.newSchoolCode(TONGLU);
    private static final String OUTSIDER = Schools.newSchoolCode(LINAN);
    private static final String NEAR_MEMBER = Schools.newSchoolCode(LINAN);
    private static final String COMMUNITY = UUID.randomUUID().toString();
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
            Schools.school(topic, CORE, LINAN, SchoolClassification.URBAN);
            Schools.school(topic, MEMBER, TONGLU, SchoolClassification.RURAL);
            Schools.school(topic, OUTSIDER, LINAN, SchoolClassification.URBAN);
            Schools.school(topic, NEAR_MEMBER, LINAN, SchoolClassification.RURAL);
            Schools.formed(topic, COMMUNITY, CommunityModel.CO_CONSTRUCTION, CORE, List.of(MEMBER, NEAR_MEMBER),
                    LocalDate.of(2020, 9, 1));
            topic.awaitApplied(pool, Schools.FACTS_CONSUMER);
        }
        published = true;
    }

    private long events() {
        return pool.query("select count(*) from es_event").execute().await().indefinitely().iterator().next()
                .getLong(0);
    }

    private static Map<String, Object> proposal(String staffId, String kind, String destination, String start,
                                                String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("staffId", staffId);
        body.put("kind", kind);
        body.put("destinationSchool", destination);
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        body.put("reason", "城乡交流");
        body.put("effectiveDate", "2024-06-01");
        return body;
    }

    private static Map<String, Object> step(String date) {
        return Map.of("reason", "同意", "effectiveDate", date);
    }

    @Test
    void a_school_officer_proposes_for_its_own_school_within_its_division() {
        String teacher = People.registered(PROVINCE, "陈静", LINAN, CORE, "TEACHER", "2016-09-01", "COUNTY");
        Map<String, Object> body = proposal(teacher, "ROTATION", NEAR_MEMBER, "2024-09-01", "2025-08-31");
        long before = events();
        People.post(TestTokens.bearerWithSchool(LINAN, OUTSIDER, "school-officer"), "/api/v1/postings", body)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-school"));
        People.post(TestTokens.bearerWithSchool(LINAN, CORE, "school-officer"), "/api/v1/postings",
                        proposal(teacher, "ROTATION", MEMBER, "2024-09-01", "2025-08-31"))
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        assertEquals(before, events());
        String posting = People.post(TestTokens.bearerWithSchool(LINAN, CORE, "school-officer"), "/api/v1/postings",
                        body).then().statusCode(201)
                .body("originSchool", equalTo(CORE)).body("status", equalTo("PROPOSED"))
                .extract().path("postingId");
        People.post(TestTokens.bearerWithSchool(LINAN, CORE, "school-officer"),
                "/api/v1/postings/" + posting + "/approval", step("2024-06-10")).then().statusCode(403)
                .body("type", equalTo(PROBLEM + "role-not-allowed"));
        People.post(LINAN_OFFICER, "/api/v1/postings/" + posting + "/approval", step("2024-06-10"))
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("steps", hasSize(2)).body("steps[1].reason", equalTo("同意"));
    }

    @Test
    void a_cross_county_posting_is_approved_by_the_city_and_runs_its_lifecycle() {
        String teacher = People.registered(PROVINCE, "黄磊", LINAN, CORE, "TEACHER", "2016-09-01", "COUNTY");
        String posting = People.post(CITY, "/api/v1/postings",
                        proposal(teacher, "ROTATION", MEMBER, "2024-09-01", "2025-08-31"))
                .then().statusCode(201).extract().path("postingId");
        People.post(LINAN_OFFICER, "/api/v1/postings/" + posting + "/approval", step("2024-06-10"))
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        People.post(TestTokens.bearer(TONGLU, "county-officer"), "/api/v1/postings/" + posting + "/rejection",
                step("2024-06-10")).then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        People.post(CITY, "/api/v1/postings/" + posting + "/approval", step("2024-06-10"))
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        People.post(CITY, "/api/v1/postings/" + posting + "/start", Map.of("effectiveDate", "2024-09-01"))
                .then().statusCode(200).body("status", equalTo("STARTED"));
        People.post(CITY, "/api/v1/postings/" + posting + "/completion",
                        Map.of("recordedAsTransfer", true, "effectiveDate", "2025-08-31"))
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("recordedAsTransfer", equalTo(true));
        given().header("Authorization", CITY).when().get("/api/v1/postings/" + posting)
                .then().statusCode(200).body("steps", hasSize(4)).header("ETag", "\"4\"");
    }

    @Test
    void of_concurrent_proposals_for_one_person_exactly_one_is_written() throws Exception {
        String teacher = People.registered(PROVINCE, "宋佳", LINAN, CORE, "TEACHER", "2016-09-01", "NONE");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String start = LocalDate.of(2027, 9, 1).plusYears(i).toString();
                String end = LocalDate.of(2028, 8, 31).plusYears(i).toString();
                answers.add(threads.submit(() -> People.post(PROVINCE, "/api/v1/postings",
                        proposal(teacher, "ROTATION", NEAR_MEMBER, start, end)).statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(120, TimeUnit.SECONDS));
            }
            assertEquals(1, codes.stream().filter(code -> code == 201).count(), codes.toString());
            assertEquals(7, codes.stream().filter(code -> code == 409).count(), codes.toString());
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1L, pool.preparedQuery("select count(*) from posting where staff_id = $1")
                .execute(Tuple.of(UUID.fromString(teacher))).await().indefinitely().iterator().next().getLong(0));
    }

    @Test
    void the_rules_refuse_with_their_code_and_nothing_is_written() {
        String teacher = People.registered(PROVINCE, "林涛", LINAN, CORE, "TEACHER", "2016-09-01", "NONE");
        long before = events();
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, "ROTATION", OUTSIDER, "2024-09-01", "2025-08-31"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "posting.destination-outside-community"))
                .body("rule", equalTo("posting.destination-outside-community"));
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, "ROTATION", MEMBER, "2024-09-01", "2028-08-31"))
                .then().statusCode(422).body("rule", equalTo("posting.duration-out-of-bounds"));
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, "ROTATION", MEMBER, "2015-09-01", "2016-08-31"))
                .then().statusCode(422).body("rule", equalTo("posting.not-appointed-on-start"));
        People.post(PROVINCE, "/api/v1/postings", proposal(UUID.randomUUID().toString(), "ROTATION", MEMBER,
                "2024-09-01", "2025-08-31")).then().statusCode(422).body("rule", equalTo("posting.staff-unknown"));
        assertEquals(before, events());

        String first = People.post(PROVINCE, "/api/v1/postings",
                        proposal(teacher, "SUPPORT_TEACHING", MEMBER, "2024-09-01", "2025-01-31"))
                .then().statusCode(201).extract().path("postingId");
        long proposed = events();
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, "ROTATION", MEMBER, "2025-09-01", "2026-08-31"))
                .then().statusCode(409).body("rule", equalTo("posting.pending-exists"));
        People.post(PROVINCE, "/api/v1/postings/" + first + "/approval", step("2024-06-05")).then().statusCode(200);
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, "ROTATION", MEMBER, "2025-01-31", "2026-01-30"))
                .then().statusCode(409).body("rule", equalTo("posting.overlap"));
        People.post(PROVINCE, "/api/v1/postings/" + first + "/completion",
                        Map.of("recordedAsTransfer", false, "effectiveDate", "2025-01-31"))
                .then().statusCode(409).body("rule", equalTo("posting.not-started"));
        assertEquals(proposed + 1, events());
        People.post(PROVINCE, "/api/v1/postings/" + first + "/cancellation", Map.of("reason", "取消",
                "effectiveDate", "2024-07-01")).then().statusCode(200).body("status", equalTo("CANCELLED"));
        People.post(PROVINCE, "/api/v1/postings", proposal(teacher, "ROTATION", MEMBER, "2025-01-31", "2026-01-30"))
                .then().statusCode(201);
    }
}

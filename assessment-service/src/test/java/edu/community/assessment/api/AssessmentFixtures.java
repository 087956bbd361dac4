package edu.community.assessment.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.hostile.Target;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records the community-assessment write endpoints of the hostile-input suite act on: a community in 福州台江
 * (350103) for rounds the suite's caller opens, and one in 南昌东湖 (360102) for the rounds it scores as an
 * assessor, outside its own province so that no conflict of interest refuses the baseline.
 */
final class AssessmentFixtures {

    static final String HOME = "350103";
    static final String AWAY = "360102";
    private static final String AWAY_OFFICER = TestTokens.bearer("360000", "province-officer");
    private static final String READER = TestTokens.bearer("330000", "analyst");
    private static final LocalDate FORMED = LocalDate.of(2024, 9, 1);
    private static final String CUT_OFF = "2025-06-30";

    private final ObjectMapper json;
    private final String caller;
    private final String subject;
    private String homeCommunity;
    private String awayCommunity;
    private int members = 1;

    AssessmentFixtures(ObjectMapper json, String caller, String subject) {
        this.json = json;
        this.caller = caller;
        this.subject = subject;
    }

    Target scheme() {
        return Target.of(Map.of(), scheme(HOME, true));
    }

    Target round() {
        home();
        return Target.of(Map.of(), Map.of("schemeId", define(caller, scheme(HOME, false)), "division", HOME,
                "cutOffDate", CUT_OFF));
    }

    Target assessors() {
        return Target.of(Map.of("roundId", openHome()), Map.of("assessors", List.of("assessor-" + UUID.randomUUID())));
    }

    Target scores() {
        if (awayCommunity == null) {
            awayCommunity = community(AWAY, "3601020001", "3601020002");
        }
        String round = open(AWAY_OFFICER, define(AWAY_OFFICER, scheme(AWAY, true)), AWAY);
        post(AWAY_OFFICER, "/api/v1/assessment/rounds/" + round + "/assessors", Map.of("assessors", List.of(subject)));
        return Target.of(Map.of("roundId", round, "communityId", awayCommunity),
                Map.of("scores", List.of(Map.of("code", "teaching", "score", 80)), "comment", "lessons observed"));
    }

    Target closure() {
        return Target.of(Map.of("roundId", openHome()), Map.of("note", "every community scored"));
    }

    Target publication() {
        String round = openHome();
        post(caller, "/api/v1/assessment/rounds/" + round + "/scoring-closure", Map.of("note", "closed"));
        return Target.of(Map.of("roundId", round), Map.of("note", "published"));
    }

    /** A published round, then a member that joined before its cut-off date recorded late: a correction changes it. */
    Target correction() {
        String round = (String) publication().path().get("roundId");
        post(caller, "/api/v1/assessment/rounds/" + round + "/publication", Map.of("note", "published"));
        String school = HOME + String.format("%04d", 100 + ++members);
        try (CommunityTopic topic = new CommunityTopic(json)) {
            topic.publish("school-" + school, registered(school, HOME, SchoolClassification.RURAL));
            topic.publish("community-" + homeCommunity, new MemberJoined(homeCommunity, school, FORMED.plusMonths(4)));
            topic.flush();
        }
        awaitMembers(homeCommunity, members);
        return Target.of(Map.of("roundId", round), Map.of("reason", "a member recorded late"));
    }

    private String openHome() {
        home();
        return open(caller, define(caller, scheme(HOME, false)), HOME);
    }

    private void home() {
        if (homeCommunity == null) {
            homeCommunity = community(HOME, HOME + "0001", HOME + "0002");
        }
    }

    /** Measured coverage, and a scored indicator when asked (a round without one closes unscored). */
    private static Map<String, Object> scheme(String division, boolean scored) {
        Map<String, Object> coverage = Map.of("code", "coverage", "name", "成员校覆盖", "kind", "MEASURED",
                "measure", "COVERAGE", "weight", scored ? 60 : 100,
                "bands", List.of(Map.of("from", 0, "to", 2, "points", 50), Map.of("from", 2, "points", 100)));
        List<Map<String, Object>> indicators = scored
                ? List.of(coverage, Map.of("code", "teaching", "name", "同步教学", "kind", "SCORED", "weight", 40))
                : List.of(coverage);
        return Map.of("name", "scheme of " + division, "division", division, "schoolYear", 2024,
                "indicators", indicators, "rewards", List.of(300, 200, 100));
    }

    private static String define(String token, Map<String, Object> scheme) {
        return post(token, "/api/v1/assessment/schemes", scheme).get("schemeId");
    }

    private static String open(String token, String scheme, String division) {
        return post(token, "/api/v1/assessment/rounds", Map.of("schemeId", scheme, "division", division,
                "cutOffDate", CUT_OFF)).get("roundId");
    }

    private static Map<String, String> post(String token, String path, Object body) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(org.hamcrest.Matchers.lessThan(300)).extract().jsonPath().getMap("$");
    }

    private String community(String county, String core, String member) {
        String id = UUID.randomUUID().toString();
        try (CommunityTopic topic = new CommunityTopic(json)) {
            topic.publish("school-" + core, registered(core, county, SchoolClassification.URBAN));
            topic.publish("school-" + member, registered(member, county, SchoolClassification.RURAL));
            topic.publish("community-" + id, new CommunityFormed(id, "community " + id, CommunityModel.CO_CONSTRUCTION,
                    null, core, List.of(member), new Agreement(FORMED, "goals", "content", FORMED, FORMED.plusYears(3)),
                    FORMED));
            topic.flush();
        }
        awaitMembers(id, 1);
        return id;
    }

    private static SchoolRegistered registered(String code, String county, SchoolClassification classification) {
        return new SchoolRegistered(code, "school " + code, county, classification, SchoolLevel.PRIMARY,
                SchoolOwnership.PUBLIC, null, 300, false, false, false, LocalDate.of(2020, 9, 1));
    }

    private static void awaitMembers(String community, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            var answer = given().header("Authorization", READER).queryParam("asOf", CUT_OFF)
                    .when().get("/api/v1/reports/provincial/communities/" + community);
            if (answer.statusCode() == 200 && Integer.valueOf(expected).equals(answer.jsonPath().get("figures.members"))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("community " + community + " did not reach " + expected + " members within 120 s");
    }
}

package edu.community.community.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A school that closes while it joins a community: the two commands touch different streams, so only the
 * locks of the facts they read keep them apart. Whichever commits first, the other is refused; a closed
 * school never ends up in an active community. Its schools are in Fuyang (330111), which no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CloseVersusJoinTest {

    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");
    private static final String CORE = "3301110001";
    private static final String MEMBER = "3301110002";
    private static final int ROUNDS = 50;

    @Test
    void close_and_join_at_once_never_leave_a_closed_school_in_an_active_community() throws Exception {
        register(CORE, "URBAN");
        register(MEMBER, "RURAL");
        ExecutorService both = Executors.newFixedThreadPool(2);
        int joined = 0;
        int closed = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String school = "33011101%02d".formatted(round);
                register(school, "RURAL");
                String community = form();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Integer> join = both.submit(atOnce(start, () -> given().header("Authorization", PROVINCE)
                        .contentType(ContentType.JSON)
                        .body("{\"schoolCode\":\"" + school + "\",\"effectiveDate\":\"2026-10-01\"}")
                        .post("/api/v1/communities/" + community + "/members").statusCode()));
                Future<Integer> close = both.submit(atOnce(start, () -> given().header("Authorization", PROVINCE)
                        .contentType(ContentType.JSON)
                        .body("{\"effectiveDate\":\"2026-10-01\",\"reason\":\"merged\"}")
                        .post("/api/v1/schools/" + school + "/closure").statusCode()));
                int joinStatus = join.get(2, TimeUnit.MINUTES);
                int closeStatus = close.get(2, TimeUnit.MINUTES);

                boolean isClosed = "CLOSED".equals(given().header("Authorization", PROVINCE)
                        .get("/api/v1/schools/" + school).then().statusCode(200).extract().path("status"));
                JsonPath after = given().header("Authorization", PROVINCE).get("/api/v1/communities/" + community)
                        .then().statusCode(200).extract().jsonPath();
                boolean isMember = after.getList("members").contains(school);
                assertFalse(isClosed && isMember && "ACTIVE".equals(after.getString("status")),
                        "round " + round + ": " + school + " is closed and in active community " + community);
                assertEquals(1, (joinStatus == 200 ? 1 : 0) + (closeStatus == 200 ? 1 : 0),
                        "round " + round + ": exactly one command wins; join " + joinStatus + ", close " + closeStatus);
                assertEquals(joinStatus == 200, isMember, "round " + round);
                assertEquals(closeStatus == 200, isClosed, "round " + round);
                assertTrue(List.of(200, 409, 422).containsAll(List.of(joinStatus, closeStatus)),
                        "round " + round + ": join " + joinStatus + ", close " + closeStatus);
                joined += joinStatus == 200 ? 1 : 0;
                closed += closeStatus == 200 ? 1 : 0;
            }
        } finally {
            both.shutdownNow();
        }
        assertEquals(ROUNDS, joined + closed);
    }

    private static <T> Callable<T> atOnce(CyclicBarrier start, Callable<T> request) {
        return () -> {
            start.await(1, TimeUnit.MINUTES);
            return request.call();
        };
    }

    private static void register(String code, String classification) {
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"schoolCode":"%s","name":"富阳学校%s","countyCode":"330111","classification":"%s",
                         "level":"PRIMARY","enrolment":300,"effectiveDate":"2020-09-01"}"""
                        .formatted(code, code, classification))
                .post("/api/v1/schools").then().statusCode(201);
    }

    private static String form() {
        return given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"name":"富阳协作教共体","model":"COLLABORATIVE","coreSchool":"%s","members":["%s"],
                         "agreement":{"signedOn":"2026-08-20","goals":"协作","content":"同步课堂",
                                      "termStart":"2026-09-01","termEnd":"2029-08-31"},
                         "effectiveDate":"2026-09-01"}""".formatted(CORE, MEMBER))
                .post("/api/v1/communities").then().statusCode(201).extract().path("communityId");
    }
}

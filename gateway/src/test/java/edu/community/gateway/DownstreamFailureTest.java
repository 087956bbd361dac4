package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With staffing-service stopped (nothing listens on its port) and assessment-service stalled (it accepts and never
 * answers), their routes answer 503 problem details within the time-out while the other services' routes keep
 * working, during the stall too.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class DownstreamFailureTest {

    /** assessment-service's time-out in these tests (see {@link StandInServices}). */
    private static final Duration STALLED_TIMEOUT = Duration.ofMillis(1500);

    @Test
    void a_stopped_service_answers_503_at_once_and_the_others_keep_working() {
        long started = System.nanoTime();
        RoutingTest.problem(given().header("Authorization", Tokens.bearer()).when().get("/api/v1/postings/p-339911")
                        .then(), 503, "service-unavailable")
                .body("service", equalTo("staffing-service"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "503 without waiting for the time-out: " + took);

        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/schools/3399110001")
                .then().statusCode(200).body("service", equalTo("community-service"));
    }

    @Test
    void a_stalled_service_answers_503_after_its_time_out_without_holding_up_the_others() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<ExtractableResponse<Response>> stalled = CompletableFuture.supplyAsync(() ->
                given().header("Authorization", Tokens.bearer()).when().get("/api/v1/reports/provincial/divisions/339912")
                        .then().extract());

        // While the stalled request waits, other services answer.
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", Tokens.bearer()).when().get("/api/v1/activities/a-339912-" + i)
                    .then().statusCode(200).body("service", equalTo("exchange-service"));
        }
        assertFalse(stalled.isDone() && Duration.ofNanos(System.nanoTime() - started).compareTo(STALLED_TIMEOUT) < 0,
                "the stalled route did not answer before its time-out");

        ExtractableResponse<Response> answer = stalled.get(60, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, answer.statusCode());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("urn:edu-community:problem:service-unavailable", answer.jsonPath().getString("type"));
        assertEquals("assessment-service", answer.jsonPath().getString("service"));
        assertTrue(answer.jsonPath().getString("detail").contains("did not answer within 1500 ms"));
        assertTrue(took.compareTo(STALLED_TIMEOUT) >= 0, "not before the time-out: " + took);
        assertTrue(took.compareTo(STALLED_TIMEOUT.plusSeconds(20)) < 0, "soon after the time-out: " + took);
    }

    @Test
    void repeated_failures_open_the_circuit_and_calls_stop_reaching_the_stopped_service() {
        String detail = "";
        for (int i = 0; i < 20 && !detail.contains("paused"); i++) {
            detail = given().header("Authorization", Tokens.bearer()).when().get("/api/v1/staff/s-339913")
                    .then().statusCode(503).extract().jsonPath().getString("detail");
        }
        assertTrue(detail.contains("calls to it are paused"), "the breaker opened: " + detail);
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/mentorships")
                .then().statusCode(503).header("Retry-After", equalTo("60"))
                .body("detail", containsString("paused"));
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/communities/c-339913")
                .then().statusCode(200);
    }

    @Test
    void health_shows_each_service_and_the_gateway_stays_ready() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services behind the gateway' }.data.'community-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services behind the gateway' }.data.'exchange-service'", equalTo("UP"))
                .body("checks.find { it.name == 'services behind the gateway' }.data.'staffing-service'",
                        startsWith("DOWN"))
                .body("checks.find { it.name == 'services behind the gateway' }.data.'assessment-service'",
                        startsWith("DOWN"));
    }
}

package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each client has its own budget; past it the gateway answers 429 with Retry-After and a problem detail. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    /** Requests per minute of one client in this module's tests (set by {@link StandInServices}). */
    static final int LIMIT = 40;

    /** The window of {@link #LIMIT} (the application's default, which {@link StandInServices} keeps). */
    static final Duration WINDOW = Duration.ofSeconds(60);

    /**
     * The bucket refills continuously (one token each 1.5 s here), so how many requests pass before the first 429
     * depends on how fast this machine sends them: at least the limit, and at most the limit plus what the elapsed
     * time refilled. The test sends until refused and checks exactly that, whatever the load.
     */
    @Test
    void a_client_over_its_limit_gets_429_while_another_client_is_still_served() {
        String busy = UUID.randomUUID().toString();
        long started = System.nanoTime();
        int served = 0;
        ValidatableResponse answer;
        while ((answer = get(busy)).extract().statusCode() == 200) {
            served++;
            assertTrue(served <= 10 * LIMIT, "a client is refused at last: " + served + " requests served");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long refilled = elapsed.toNanos() * LIMIT / WINDOW.toNanos();
        assertTrue(served >= LIMIT, "every request within the limit is served: " + served);
        assertTrue(served <= LIMIT + refilled, served + " served in " + elapsed + " is at most the limit plus the "
                + refilled + " tokens refilled meanwhile");

        var refused = RoutingTest.problem(answer, 429, "rate-limited").extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " s is within the window");
        assertEquals(retryAfter, refused.jsonPath().getLong("retryAfterSeconds"));

        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/reference/support-counties")
                .then().statusCode(200).body("service", equalTo("community-service"));
    }

    private static ValidatableResponse get(String client) {
        return given().header("Authorization", Tokens.bearer(client)).when().get("/api/v1/reference/support-counties")
                .then();
    }
}

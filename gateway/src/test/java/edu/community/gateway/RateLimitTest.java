package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each client has its own budget; past it the gateway answers 429 with Retry-After and a problem detail. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class RateLimitTest {

    /** Requests per minute of one client in this module's tests (set by {@link StandInServices}). */
    static final int LIMIT = 40;

    @Test
    void a_client_over_its_limit_gets_429_while_another_client_is_still_served() {
        String busy = UUID.randomUUID().toString();
        int served = 0;
        for (int i = 0; i < LIMIT; i++) {
            served += given().header("Authorization", Tokens.bearer(busy)).when().get("/api/v1/reference/support-counties")
                    .then().extract().statusCode() == 200 ? 1 : 0;
        }
        assertEquals(LIMIT, served, "every request within the limit is served");

        var refused = RoutingTest.problem(given().header("Authorization", Tokens.bearer(busy))
                        .when().get("/api/v1/reference/support-counties").then(), 429, "rate-limited")
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter + " s is within the window");
        assertEquals(retryAfter, refused.jsonPath().getLong("retryAfterSeconds"));

        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/reference/support-counties")
                .then().statusCode(200).body("service", equalTo("community-service"));
    }
}

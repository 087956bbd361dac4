package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** When Keycloak cannot be reached, a token cannot be checked: a 503 problem detail, not a bare 500 or a 401. */
@QuarkusTest
@TestProfile(IssuerDownTest.IssuerDown.class)
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class IssuerDownTest {

    /** Runs the gateway with a token issuer URL where nothing listens (see {@link StandInServices}). */
    public static class IssuerDown implements QuarkusTestProfile {
    }

    @Test
    void an_unreachable_token_issuer_is_a_503_problem() {
        RoutingTest.problem(given().header("Authorization", "Bearer a.b.c").when().get("/api/v1/schools").then(),
                        503, "service-unavailable")
                .body("service", equalTo("keycloak"))
                .header("Retry-After", equalTo("5"));
        given().when().get("/q/health/live").then().statusCode(200);
    }
}

package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Routing, correlation ids, security headers, body limit and CORS, against real HTTP servers behind the gateway. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class RoutingTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_path_goes_to_the_service_that_owns_it_with_its_query_the_token_and_the_callers_host() {
        String token = Tokens.bearer();
        given().header("Authorization", token)
                .when().get("/api/v1/schools/3399010001?asOf=2026-09-01")
                .then().statusCode(200)
                .header("ETag", "\"7\"")
                .body("service", equalTo("community-service"))
                .body("uri", equalTo("/api/v1/schools/3399010001?asOf=2026-09-01"))
                .body("Host", equalTo("localhost:" + RestAssured.port))
                .body("Authorization", equalTo(token));
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/figures/counties/339901")
                .then().statusCode(200).body("service", equalTo("exchange-service"));
    }

    @Test
    void a_write_is_forwarded_with_its_body_and_headers_and_its_answer_relayed() {
        String body = "{\"schoolCode\":\"3399020001\"}";
        given().header("Authorization", Tokens.bearer()).header("Idempotency-Key", "k-339902")
                .contentType("application/json").body(body)
                .when().post("/api/v1/schools")
                .then().statusCode(201)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length()))
                .body("Idempotency-Key", equalTo("k-339902"));
    }

    @Test
    void each_service_change_feed_has_its_own_path() {
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/changes/exchange?after=abc&limit=5")
                .then().statusCode(200)
                .body("service", equalTo("exchange-service"))
                .body("uri", equalTo("/api/v1/changes?after=abc&limit=5"));
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/changes/community")
                .then().statusCode(200).body("service", equalTo("community-service"));
    }

    @Test
    void the_callers_request_id_is_returned_and_passed_on_as_the_correlation_id() {
        given().header("Authorization", Tokens.bearer()).header("X-Request-ID", "emis-339903-42")
                .when().get("/api/v1/communities")
                .then().statusCode(200)
                .header("X-Request-ID", "emis-339903-42")
                .body("'X-Request-ID'", equalTo("emis-339903-42"))
                .body("'X-Correlation-Id'", equalTo("emis-339903-42"));
        given().header("Authorization", Tokens.bearer()).header("X-Correlation-Id", "county-339903")
                .when().get("/api/v1/communities")
                .then().header("X-Request-ID", "county-339903").body("'X-Correlation-Id'", equalTo("county-339903"));
    }

    @Test
    void a_request_without_an_id_gets_one_which_the_service_and_the_caller_both_see() {
        var response = given().header("Authorization", Tokens.bearer()).when().get("/api/v1/communities")
                .then().statusCode(200).header("X-Request-ID", matchesPattern(UUID)).extract();
        String id = response.header("X-Request-ID");
        response.response().then().body("'X-Correlation-Id'", equalTo(id)).body("'X-Request-ID'", equalTo(id));
    }

    @Test
    void the_service_receives_the_trace_context_of_the_request() {
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/communities/c-339904")
                .then().statusCode(200)
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void a_malformed_request_id_is_refused_before_it_reaches_a_service() {
        problem(given().header("Authorization", Tokens.bearer()).header("X-Request-ID", "a b\u00e9")
                .when().get("/api/v1/communities").then(), 400, "bad-request")
                .header("X-Request-ID", matchesPattern(UUID));
    }

    @Test
    void a_path_no_service_owns_is_a_404_problem() {
        problem(given().header("Authorization", Tokens.bearer()).when().get("/api/v1/nothing-here").then(),
                404, "not-found");
        problem(given().header("Authorization", Tokens.bearer()).when().get("/api/v1/schoolsX").then(),
                404, "not-found");
    }

    @Test
    void tokens_are_checked_for_signature_issuer_audience_and_expiry() {
        problem(given().when().get("/api/v1/schools").then(), 401, "unauthenticated")
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/api/v1/schools").then(),
                401, "unauthenticated");
        for (String bad : new String[] {Tokens.expired(), Tokens.signedByAnotherKey(), Tokens.fromAnotherIssuer(),
                Tokens.withAudience("account"), "Bearer not-a-token"}) {
            problem(given().header("Authorization", bad).when().get("/api/v1/schools").then(), 401, "unauthenticated");
        }
    }

    @Test
    void every_answer_carries_the_security_headers() {
        securityHeaders(given().header("Authorization", Tokens.bearer()).when().get("/api/v1/schools").then()
                .statusCode(200));
        securityHeaders(given().when().get("/api/v1/schools").then().statusCode(401));
        securityHeaders(given().header("Authorization", Tokens.bearer()).when().get("/api/v1/none").then()
                .statusCode(404));
        securityHeaders(given().when().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413_before_it_is_forwarded() {
        problem(given().header("Authorization", Tokens.bearer()).contentType("application/json")
                .body("[" + "0,".repeat(40_000) + "0]")
                .when().post("/api/v1/schools").then(), 413, "payload-too-large")
                .body("maxBytes", equalTo(65536));
    }

    @Test
    void cors_answers_only_the_configured_origins() {
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/schools")
                .then().header("Access-Control-Allow-Origin", "https://dashboard.example.org");
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/schools")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").header("Authorization", Tokens.bearer())
                .when().get("/api/v1/schools")
                .then().header("Access-Control-Allow-Origin", not(equalTo("https://evil.example.com")));
    }

    static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:edu-community:problem:" + code))
                .body("status", equalTo(status));
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .header("Strict-Transport-Security", startsWith("max-age="));
    }
}

package edu.community.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.gateway.routing.Downstreams;
import edu.community.gateway.routing.RouteTable;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one OpenAPI document of every service, Swagger UI, and the metrics per route. */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = false)
class OpenApiAndMetricsTest {

    @Inject
    Downstreams downstreams;

    @Test
    void the_document_has_every_services_paths_and_each_is_routed_to_the_service_it_came_from() {
        JsonPath document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Set<String> services = new TreeSet<>();
        paths.forEach((path, item) -> {
            String service = (String) item.get("x-edu-service");
            services.add(service);
            String concrete = path.replaceAll("\\{[^}]+}", "x");
            RouteTable.Match match = downstreams.routes().match(concrete, null).orElseThrow(() ->
                    new AssertionError(path + " of " + service + " is routed nowhere"));
            assertEquals(service, match.route().service(), path + " is routed to the service that documents it");
        });
        assertTrue(services.containsAll(Set.of("community-service", "exchange-service", "assessment-service")),
                "every built service is in the document: " + services);
        assertTrue(paths.containsKey("/api/v1/changes/community") && paths.containsKey("/api/v1/changes/exchange")
                && paths.containsKey("/api/v1/changes/assessment"), "each change feed under its own path");
        assertEquals("Education-community API", document.getString("info.title"));
    }

    @Test
    void swagger_ui_shows_it() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'self'"));
    }

    @Test
    void each_route_has_its_rate_errors_and_latency_histogram() {
        given().header("Authorization", Tokens.bearer()).when().get("/api/v1/sync-series/s-339921").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("gateway_requests_seconds_bucket{")
                        && line.contains("route=\"/api/v1/sync-series\"") && line.contains("service=\"exchange-service\"")
                        && line.contains("status=\"200\"")),
                "a latency histogram of the route");
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("gateway_requests_seconds_count{")
                && line.contains("route=\"/api/v1/sync-series\"")), "the count of its requests");
    }
}

package edu.community.community.api;

import static io.restassured.RestAssured.given;

import edu.community.eventsourcing.hostile.Endpoint;
import edu.community.eventsourcing.hostile.HostileInputSuite;
import edu.community.eventsourcing.hostile.Target;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write endpoint of community-service against generated hostile input. The schools and communities live in
 * Fuzhou (350102), apart from the other tests' divisions, so that no other test counts them.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class HostileInputTest extends HostileInputSuite {

    private static final String COUNTY = "350102";
    private static final String CALLER = TestTokens.bearer("350000", "province-officer");
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final String LATER = "2025-01-01";

    @Override
    protected String authorization() {
        return CALLER;
    }

    @Override
    protected Target prepare(Endpoint endpoint) {
        return switch (endpoint.operation()) {
            case "POST /api/v1/schools" -> Target.of(Map.of(), Map.of("schoolCode", newCode(), "countyCode", COUNTY,
                    "effectiveDate", "2024-09-01"));
            case "POST /api/v1/schools/import" -> Target.of(Map.of(), Map.of("schoolCode", newCode(),
                    "name", "导入小学", "countyCode", COUNTY, "classification", "RURAL", "level", "PRIMARY",
                    "enrolment", 300, "effectiveDate", "2024-09-01"));
            case "PUT /api/v1/schools/{schoolCode}" -> Target.of(Map.of("schoolCode", school("URBAN")),
                    Map.of("name", "改名小学", "effectiveDate", LATER));
            case "POST /api/v1/schools/{schoolCode}/closure" -> Target.of(Map.of("schoolCode", school("URBAN")),
                    Map.of("effectiveDate", LATER, "reason", "merged"));
            case "POST /api/v1/schools/{schoolCode}/reopening" -> Target.of(Map.of("schoolCode", closedSchool()),
                    Map.of("effectiveDate", "2025-09-01"));
            case "POST /api/v1/communities" -> Target.of(Map.of(), formBody(school("URBAN"), school("RURAL")));
            default -> community(endpoint.operation());
        };
    }

    private Target community(String operation) {
        String member = school("RURAL");
        String id = given().header("Authorization", CALLER).contentType(ContentType.JSON)
                .body(formBody(school("URBAN"), member, school("RURAL")))
                .when().post("/api/v1/communities").then().statusCode(201).extract().path("communityId");
        Map<String, String> path = Map.of("communityId", id);
        return switch (operation) {
            case "POST /api/v1/communities/{communityId}/members" -> Target.of(path,
                    Map.of("schoolCode", school("RURAL"), "effectiveDate", LATER));
            case "POST /api/v1/communities/{communityId}/members/{schoolCode}/departure" -> Target.of(
                    Map.of("communityId", id, "schoolCode", member), Map.of("effectiveDate", LATER));
            case "PUT /api/v1/communities/{communityId}/core" -> Target.of(path,
                    Map.of("coreSchool", school("URBAN"), "effectiveDate", LATER));
            case "PUT /api/v1/communities/{communityId}/model" -> Target.of(path,
                    Map.of("model", "CO_CONSTRUCTION", "effectiveDate", LATER));
            case "POST /api/v1/communities/{communityId}/agreement/renewal" -> Target.of(path,
                    Map.of("termEnd", "2030-08-31", "effectiveDate", LATER));
            case "PUT /api/v1/communities/{communityId}/agreement" -> Target.of(path,
                    Map.of("goals", "新的目标", "content", "新的内容", "effectiveDate", LATER));
            case "POST /api/v1/communities/{communityId}/dissolution" -> Target.of(path,
                    Map.of("reason", "合并", "effectiveDate", LATER));
            default -> throw new IllegalStateException("no fixture for " + operation);
        };
    }

    private static Map<String, Object> formBody(String core, String... members) {
        return Map.of("name", "敌意测试教共体", "model", "COLLABORATIVE", "coreSchool", core, "members", List.of(members),
                "agreement", Map.of("signedOn", "2024-08-20", "goals", "共同发展", "content", "协议内容",
                        "termStart", "2024-09-01", "termEnd", "2027-08-31"),
                "effectiveDate", "2024-09-01");
    }

    private static String school(String classification) {
        String code = newCode();
        given().header("Authorization", CALLER).contentType(ContentType.JSON)
                .body(Map.of("schoolCode", code, "name", "测试学校" + code, "countyCode", COUNTY,
                        "classification", classification, "level", "PRIMARY", "enrolment", 300,
                        "effectiveDate", "2024-09-01"))
                .when().post("/api/v1/schools").then().statusCode(201);
        return code;
    }

    private static String closedSchool() {
        String code = school("URBAN");
        given().header("Authorization", CALLER).contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", "2025-06-30"))
                .when().post("/api/v1/schools/" + code + "/closure").then().statusCode(200);
        return code;
    }

    private static String newCode() {
        return COUNTY + String.format("%04d", CODES.incrementAndGet());
    }
}

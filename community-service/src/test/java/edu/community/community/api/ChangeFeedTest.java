package edu.community.community.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.StreamId;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ChangeFeedTest {

    @Inject
    EventStore events;

    private static final String PROVINCE = TestTokens.bearer("330000", "province-officer");

    @Test
    void a_system_following_the_cursor_sees_every_change_by_natural_key_including_closures() {
        String start = drain(null, PROVINCE).nextCursor;
        String code = "3301100" + String.format("%03d", System.nanoTime() % 1000);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"schoolCode":"%s","name":"余杭一小","countyCode":"330110","classification":"RURAL",
                         "level":"PRIMARY","enrolment":300,"effectiveDate":"2026-09-01"}""".formatted(code))
                .when().post("/api/v1/schools").then().statusCode(201);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body("{\"effectiveDate\":\"2027-07-01\"}")
                .when().post("/api/v1/schools/" + code + "/closure").then().statusCode(200);

        Drained changes = drain(start, PROVINCE);
        List<String> types = new ArrayList<>();
        for (JsonPath change : changes.changes) {
            if (code.equals(change.getString("key"))) {
                assertEquals("school", change.getString("kind"));
                types.add(change.getString("type"));
            }
        }
        assertEquals(List.of("edu.community.SchoolRegistered.v1", "edu.community.SchoolClosed.v1"), types);

        given().header("Authorization", PROVINCE).queryParam("after", changes.nextCursor)
                .when().get("/api/v1/changes")
                .then().statusCode(200).body("changes.size()", equalTo(0), "nextCursor", equalTo(changes.nextCursor));
    }

    @Test
    void a_county_officer_sees_only_changes_of_its_county_and_a_forged_cursor_is_a_400() {
        String start = drain(null, PROVINCE).nextCursor;
        String inXihu = register("3301060", "330106");
        String inYuhang = register("3301100", "330110");

        String xihu = TestTokens.bearer("330106", "county-officer");
        Drained seen = drain(start, xihu);
        List<String> keys = seen.changes.stream().map(change -> change.getString("key")).toList();
        assertTrue(keys.contains(inXihu), "the county's own school: " + keys);
        assertFalse(keys.contains(inYuhang), "no school of another county: " + keys);
        List<String> regions = seen.changes.stream().map(change -> change.getString("data.countyCode")).toList();
        assertTrue(regions.stream().allMatch("330106"::equals), "only 330106: " + regions);

        given().header("Authorization", xihu).queryParam("after", "bm90LWEtY3Vyc29y")
                .when().get("/api/v1/changes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_change_recorded_without_a_division_is_seen_province_wide_only() {
        String start = drain(null, PROVINCE).nextCursor;
        String code = "3301060" + String.format("%03d", System.nanoTime() % 1000);
        SchoolRegistered registered = new SchoolRegistered(code, "学校", "330106", SchoolClassification.RURAL,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 300, false, false, false, LocalDate.of(2026, 9, 1));
        events.append(Append.to(new StreamId("school", code), 0, List.of(registered),
                new EventMetadata(UUID.randomUUID().toString(), null, "test", null, null))).await().indefinitely();

        assertTrue(keys(drain(start, PROVINCE)).contains(code), "a province officer sees it");
        assertFalse(keys(drain(start, TestTokens.bearer("330106", "county-officer"))).contains(code),
                "a county officer does not, though the school is in its county");
    }

    private static List<String> keys(Drained drained) {
        return drained.changes.stream().map(change -> change.getString("key")).toList();
    }

    private static String register(String codePrefix, String county) {
        String code = codePrefix + String.format("%03d", System.nanoTime() % 1000);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON)
                .body("""
                        {"schoolCode":"%s","name":"学校","countyCode":"%s","classification":"RURAL",
                         "level":"PRIMARY","enrolment":300,"effectiveDate":"2026-09-01"}""".formatted(code, county))
                .when().post("/api/v1/schools").then().statusCode(201);
        return code;
    }

    private record Drained(List<JsonPath> changes, String nextCursor) {
    }

    private static Drained drain(String after, String token) {
        List<JsonPath> changes = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = given().header("Authorization", token).queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            int size = page.getList("changes").size();
            for (int i = 0; i < size; i++) {
                changes.add(new JsonPath(page.prettify()).setRootPath("changes[" + i + "]"));
            }
            if (size == 0) {
                return new Drained(changes, page.getString("nextCursor"));
            }
            cursor = page.getString("nextCursor");
        }
    }
}

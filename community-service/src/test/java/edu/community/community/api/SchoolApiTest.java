package edu.community.community.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import edu.community.eventsourcing.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class SchoolApiTest {

    private static final AtomicLong CODES = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private static final String PROBLEM = "urn:edu-community:problem:";

    private static final String XIHU = "330106";
    private static final String CHUNAN = "330127";

    private static String newSchoolCode(String county) {
        return county + String.format("%04d", CODES.incrementAndGet() % 10_000);
    }

    private static String countyOfficer(String county) {
        return TestTokens.bearer(county, "county-officer");
    }

    private static String body(String code, String county) {
        return """
                {"schoolCode":"%s","name":"文新小学","countyCode":"%s","classification":"URBAN",
                 "level":"PRIMARY","enrolment":1200,"effectiveDate":"2026-09-01"}""".formatted(code, county);
    }

    @Test
    void a_registered_school_is_read_back_with_its_etag_and_published_as_a_cloud_event() throws Exception {
        String code = newSchoolCode(XIHU);
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body(body(code, XIHU))
                .when().post("/api/v1/schools")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/schools/" + code))
                .header("ETag", "\"1\"")
                .body("schoolCode", equalTo(code), "version", equalTo(1));

        given().header("Authorization", TestTokens.bearer("330100", "city-officer"))
                .when().get("/api/v1/schools/" + code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("文新小学"), "countyCode", equalTo(XIHU), "classification", equalTo("URBAN"),
                        "level", equalTo("PRIMARY"), "enrolment", equalTo(1200), "registeredOn", equalTo("2026-09-01"));

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil("edu.community.events",
                read -> read.stream().anyMatch(r -> ("school-" + code).equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> event = records.stream().filter(r -> ("school-" + code).equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("SchoolRegistered reached edu.community.events"));
        assertEquals("edu.community.SchoolRegistered.v1", header(event, "ce_type"));
        assertEquals("urn:edu-community:community-service", header(event, "ce_source"));
        assertEquals(XIHU, header(event, "ce_region"));
        JsonNode data = new ObjectMapper().readTree(event.value());
        assertEquals(code, data.get("schoolCode").asText());
        assertEquals("2026-09-01", data.get("effectiveDate").asText());
    }

    @Test
    void the_event_continues_the_trace_of_the_request_that_caused_it() {
        String code = newSchoolCode(XIHU);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "00f067aa0ba902b7";
        given().header("Authorization", countyOfficer(XIHU)).header("traceparent", "00-" + traceId + "-" + callerSpan + "-00")
                .contentType(ContentType.JSON).body(body(code, XIHU))
                .when().post("/api/v1/schools")
                .then().statusCode(201);

        ConsumerRecord<String, String> event = TopicReader.readUntil("edu.community.events",
                        read -> read.stream().anyMatch(r -> ("school-" + code).equals(r.key())), Duration.ofSeconds(60))
                .stream().filter(r -> ("school-" + code).equals(r.key())).findFirst().orElseThrow();
        String[] traceParent = header(event, "traceparent").split("-");
        assertEquals(traceId, traceParent[1], "the record's traceparent names the caller's trace");
        assertTrue(!callerSpan.equals(traceParent[2]), "and the service's own span in it, a child of the caller's");
    }

    @Test
    void malformed_input_is_a_400_problem_naming_each_field() {
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON)
                .body("""
                        {"schoolCode":"123","name":" ","countyCode":"330106","classification":"URBAN",
                         "level":"PRIMARY","enrolment":-1}""")
                .when().post("/api/v1/schools")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "validation"),
                        "violations.field", hasItem("schoolCode"),
                        "violations.field", hasItem("name"),
                        "violations.field", hasItem("enrolment"));
    }

    @Test
    void an_unknown_enum_value_or_broken_json_is_a_400_problem() {
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON)
                .body(body(newSchoolCode(XIHU), XIHU).replace("URBAN", "CITY"))
                .when().post("/api/v1/schools")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "malformed-request"), "violations[0].field", equalTo("classification"));

        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body("{\"schoolCode\":")
                .when().post("/api/v1/schools")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "malformed-request"));
    }

    @Test
    void a_county_that_is_not_in_gbt_2260_is_a_422_problem() {
        given().header("Authorization", TestTokens.bearer("330000", "province-officer")).contentType(ContentType.JSON)
                .body(body(newSchoolCode("339999"), "339999"))
                .when().post("/api/v1/schools")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "division.unknown"), "rule", equalTo("division.unknown"));
    }

    @Test
    void a_duplicate_school_code_is_a_409_problem() {
        String code = newSchoolCode(XIHU);
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body(body(code, XIHU))
                .when().post("/api/v1/schools").then().statusCode(201);

        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body(body(code, XIHU))
                .when().post("/api/v1/schools")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "school.already-registered"));
    }

    @Test
    void a_write_outside_the_callers_division_is_a_403_problem_and_writes_nothing() {
        String code = newSchoolCode(CHUNAN);
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body(body(code, CHUNAN))
                .when().post("/api/v1/schools")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "outside-division"), "targetDivision", equalTo(CHUNAN));

        given().header("Authorization", TestTokens.bearer("330000", "province-officer"))
                .when().get("/api/v1/schools/" + code)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_city_officer_writes_in_every_county_of_the_city() {
        given().header("Authorization", TestTokens.bearer("330100", "city-officer")).contentType(ContentType.JSON)
                .body(body(newSchoolCode(CHUNAN), CHUNAN))
                .when().post("/api/v1/schools")
                .then().statusCode(201);
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_returns_the_first_answer() {
        String code = newSchoolCode(XIHU);
        String subject = UUID.randomUUID().toString();
        String token = TestTokens.bearerFor(subject, XIHU, "county-officer");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body(code, XIHU))
                    .when().post("/api/v1/schools")
                    .then().statusCode(201)
                    .header("Location", endsWith("/api/v1/schools/" + code))
                    .header("ETag", "\"1\"");
        }
        given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body(code, XIHU).replace("1200", "1300"))
                .when().post("/api/v1/schools")
                .then().statusCode(422).body("type", equalTo(PROBLEM + "idempotency-key-reused"));
        given().header("Authorization", token)
                .when().get("/api/v1/schools/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("enrolment", equalTo(1200));
    }

    @Test
    void reading_needs_a_token_and_writing_needs_a_writing_role() {
        given().when().get("/api/v1/schools/3301060001").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(XIHU, "school-officer")).contentType(ContentType.JSON)
                .body(body(newSchoolCode(XIHU), XIHU))
                .when().post("/api/v1/schools")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "role-not-allowed"));
    }

    @Test
    void a_school_outside_the_callers_division_is_not_readable_by_a_county_officer() {
        String code = newSchoolCode(CHUNAN);
        given().header("Authorization", countyOfficer(CHUNAN)).contentType(ContentType.JSON).body(body(code, CHUNAN))
                .when().post("/api/v1/schools").then().statusCode(201);

        given().header("Authorization", countyOfficer(XIHU)).when().get("/api/v1/schools/" + code)
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", TestTokens.bearer(XIHU, "analyst")).when().get("/api/v1/schools/" + code)
                .then().statusCode(200);
    }

    @Test
    void details_change_with_if_match_and_a_stale_version_is_a_409_with_the_current_one() {
        String code = newSchoolCode(XIHU);
        String token = countyOfficer(XIHU);
        given().header("Authorization", token).contentType(ContentType.JSON).body(body(code, XIHU))
                .when().post("/api/v1/schools").then().statusCode(201);
        String details = """
                {"name":"文新小学","classification":"URBAN","level":"NINE_YEAR","legalEntity":"12330106MB0000000X",
                 "enrolment":1500,"effectiveDate":"2027-02-01"}""";

        given().header("Authorization", token).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(details)
                .when().put("/api/v1/schools/" + code)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("level", equalTo("NINE_YEAR"), "legalEntity", equalTo("12330106MB0000000X"), "version", equalTo(2));

        given().header("Authorization", token).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(details.replace("1500", "1600"))
                .when().put("/api/v1/schools/" + code)
                .then().statusCode(409).header("ETag", "\"2\"")
                .body("type", equalTo(PROBLEM + "stream-conflict"), "currentVersion", equalTo(2));

        given().header("Authorization", token).contentType(ContentType.JSON).body(details)
                .when().put("/api/v1/schools/" + code)
                .then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void a_school_closes_and_reopens_and_each_refusal_names_its_rule() {
        String code = newSchoolCode(XIHU);
        String token = countyOfficer(XIHU);
        given().header("Authorization", token).contentType(ContentType.JSON).body(body(code, XIHU))
                .when().post("/api/v1/schools").then().statusCode(201);

        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"effectiveDate\":\"2027-07-01\",\"reason\":\"merged into 3301060002\"}")
                .when().post("/api/v1/schools/" + code + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"), "closedOn", equalTo("2027-07-01"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"effectiveDate\":\"2027-08-01\"}")
                .when().post("/api/v1/schools/" + code + "/closure")
                .then().statusCode(409).body("type", equalTo(PROBLEM + "school.already-closed"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"effectiveDate\":\"2027-06-01\"}")
                .when().post("/api/v1/schools/" + code + "/reopening")
                .then().statusCode(422).body("type", equalTo(PROBLEM + "school.reopened-before-closed"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"effectiveDate\":\"2027-09-01\"}")
                .when().post("/api/v1/schools/" + code + "/reopening")
                .then().statusCode(200).body("status", equalTo("OPEN"), "version", equalTo(3));
    }

    @Test
    void commands_on_an_unregistered_school_are_404_and_outside_the_division_403() {
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/schools/" + newSchoolCode(XIHU) + "/closure")
                .then().statusCode(404).body("type", equalTo(PROBLEM + "school.not-registered"));

        String code = newSchoolCode(CHUNAN);
        given().header("Authorization", countyOfficer(CHUNAN)).contentType(ContentType.JSON).body(body(code, CHUNAN))
                .when().post("/api/v1/schools").then().statusCode(201);
        given().header("Authorization", countyOfficer(XIHU)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/schools/" + code + "/closure")
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
    }

    @Test
    void schools_are_listed_by_division_and_filters_a_page_at_a_time() {
        String county = "330108";
        String token = TestTokens.bearer("330100", "city-officer");
        for (int i = 0; i < 5; i++) {
            String code = newSchoolCode(county);
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(body(code, county).replace("URBAN", i < 3 ? "RURAL" : "URBAN"))
                    .when().post("/api/v1/schools").then().statusCode(201);
        }

        var first = given().header("Authorization", token)
                .queryParam("division", county).queryParam("classification", "RURAL").queryParam("limit", 2)
                .when().get("/api/v1/schools")
                .then().statusCode(200).body("items.size()", equalTo(2), "items.classification", everyItem(equalTo("RURAL")))
                .extract().jsonPath();
        var second = given().header("Authorization", token)
                .queryParam("division", county).queryParam("classification", "RURAL").queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/v1/schools")
                .then().statusCode(200).body("items.size()", equalTo(1), "nextCursor", nullValue())
                .extract().jsonPath();
        assertTrue(first.getString("items[1].schoolCode").compareTo(second.getString("items[0].schoolCode")) < 0,
                "pages follow each other in school-code order");

        given().header("Authorization", countyOfficer(XIHU)).queryParam("division", county)
                .when().get("/api/v1/schools")
                .then().statusCode(403).body("type", equalTo(PROBLEM + "outside-division"));
        given().header("Authorization", countyOfficer(XIHU)).queryParam("level", "COLLEGE")
                .when().get("/api/v1/schools")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", countyOfficer(county))
                .when().get("/api/v1/schools")
                .then().statusCode(200).body("items.countyCode", everyItem(equalTo(county)));
    }

    @Test
    void the_openapi_document_describes_the_school_endpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/schools'.post.responses.'422'.description", equalTo(
                        "division.unknown, or Idempotency-Key reused with another body"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

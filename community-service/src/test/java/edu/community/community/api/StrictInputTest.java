package edu.community.community.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses for every service, and how: always a problem detail, and nothing written. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class StrictInputTest {

    private static final AtomicLong CODES = new AtomicLong(System.currentTimeMillis() % 1_000_000 + 500_000);
    private static final String XIHU = "330106";
    private static final String OFFICER = TestTokens.bearer(XIHU, "county-officer");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/schools")
    URI schools;

    @Inject
    ObjectMapper mapper;

    @Test
    void the_service_reads_json_strictly() {
        assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }

    private static String newSchoolCode() {
        return XIHU + String.format("%04d", CODES.incrementAndGet() % 10_000);
    }

    private static String school(String code) {
        return """
                {"schoolCode":"%s","name":"文新小学","countyCode":"330106","classification":"URBAN",
                 "level":"PRIMARY","enrolment":1200,"effectiveDate":"2026-09-01"}""".formatted(code);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", OFFICER);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals("urn:edu-community:problem:" + code, problem.path("type").asText(), response.body());
        assertEquals(status, problem.path("status").asInt());
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private void assertNotRegistered(String code) throws Exception {
        assertProblem(send(request(URI.create(schools + "/" + code))), 404, "not-found");
    }

    @Test
    void a_body_with_trailing_tokens_is_refused_and_writes_nothing() throws Exception {
        String code = newSchoolCode();
        assertProblem(send(request(schools).header("Content-Type", "application/json")
                .POST(json(school(code) + "}"))), 400, "malformed-request");
        assertNotRegistered(code);
    }

    @Test
    void ordinals_padded_enums_loose_dates_coerced_numbers_and_control_characters_are_malformed() throws Exception {
        String code = newSchoolCode();
        for (String hostile : new String[] {"\"classification\":\"1\"", "\"classification\":\"URBAN \"",
                "\"effectiveDate\":\"-2022-01-01\"", "\"effectiveDate\":123", "\"effectiveDate\":\"\"",
                "\"name\":\"文新\\u0000小学\"", "\"name\":\"文新\\u2028小学\"", "\"enrolment\":\"12\"",
                "\"enrolment\":99999999999"}) {
            String body = school(code).replaceFirst("\"" + hostile.substring(1, hostile.indexOf('"', 1)) + "\":[^,}]*",
                    Matcher.quoteReplacement(hostile));
            assertProblem(send(request(schools).header("Content-Type", "application/json").POST(json(body))),
                    400, "malformed-request");
        }
        assertNotRegistered(code);
    }

    @Test
    void an_import_without_a_readable_row_is_malformed() throws Exception {
        URI imports = URI.create(schools + "/import");
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80, 'a', ',', 'b', '\n'};
        for (HttpRequest.BodyPublisher body : new HttpRequest.BodyPublisher[] {json(""),
                HttpRequest.BodyPublishers.ofByteArray(binary), json("schoolCode,name\n"),
                json("colour,size\n" + "red,12\n".repeat(100_000))}) {
            assertProblem(send(request(imports).version(HttpClient.Version.HTTP_1_1)
                    .header("Content-Type", "text/csv; charset=UTF-8").POST(body)), 400, "malformed-request");
        }
        assertProblem(send(request(imports).header("Content-Type", "application/x-ndjson").POST(json("{\"a\":1}}"))),
                400, "malformed-request");
    }

    @Test
    void a_matrix_parameter_or_a_control_character_in_the_path_is_refused() throws Exception {
        String code = newSchoolCode();
        send(request(schools).header("Content-Type", "application/json").POST(json(school(code))));
        String details = """
                {"name":"改名小学","classification":"RURAL","level":"PRIMARY","enrolment":10}""";
        assertProblem(send(request(URI.create(schools + "/" + code + ";DROP"))
                .header("Content-Type", "application/json").PUT(json(details))), 400, "malformed-request");
        assertProblem(send(request(URI.create(schools + "/" + code + "%01"))), 400, "malformed-request");
        assertProblem(send(request(URI.create(schools + "/" + code + "%00"))), 400, "malformed-request");
        assertProblem(send(request(URI.create(schools + "?cursor=AA"))), 400, "bad-request");
        assertProblem(send(request(schools).header("X-Correlation-Id", "a b").header("Content-Type", "application/json")
                .POST(json(school(newSchoolCode())))), 400, "malformed-request");
        HttpResponse<String> unchanged = send(request(URI.create(schools + "/" + code)));
        assertEquals("URBAN", JSON.readTree(unchanged.body()).path("classification").asText());
    }

    @Test
    void a_body_needs_a_json_media_type_in_utf_8() throws Exception {
        String code = newSchoolCode();
        assertProblem(send(request(schools).POST(json(school(code)))), 415, "unsupported-media-type");
        assertProblem(send(request(schools).header("Content-Type", "application/json; charset=latin1")
                .POST(json(school(code)))), 415, "unsupported-media-type");
        assertProblem(send(request(schools).header("Content-Type", "text/plain").POST(json(school(code)))),
                415, "unsupported-media-type");
        assertNotRegistered(code);
    }

    @Test
    void a_wrong_method_or_an_unacceptable_media_type_is_a_problem() throws Exception {
        assertProblem(send(request(schools).DELETE()), 405, "method-not-allowed");
        assertProblem(send(request(schools).header("Accept", "application/xml")), 406, "not-acceptable");
    }

    @Test
    void a_too_long_request_line_is_a_problem() throws Exception {
        assertProblem(send(request(URI.create(schools + "?division=" + "3".repeat(5000)))), 414, "uri-too-long");
    }

    @Test
    void a_body_declares_its_length_within_the_limit() throws Exception {
        byte[] large = new byte[11 * 1024 * 1024];
        assertProblem(send(request(schools).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large))), 413, "payload-too-large");
        for (HttpClient.Version version : HttpClient.Version.values()) {
            String code = newSchoolCode();
            byte[] undeclared = school(code).getBytes(StandardCharsets.UTF_8);
            assertProblem(send(request(schools).version(version).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(undeclared)))),
                    411, "length-required");
            assertNotRegistered(code);
        }
    }
}

package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The calls the benchmark makes, with the realm's client-credentials token (renewed before it expires). */
final class BenchApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final AccessTokens tokens;
    private final URI community;
    private final URI assessment;

    BenchApi(HttpClient http, AccessTokens tokens, URI community, URI assessment) {
        this.http = http;
        this.tokens = tokens;
        this.community = community;
        this.assessment = assessment;
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(community.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postCsv(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(community.resolve(path)).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> report(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(assessment.resolve(path)).GET());
    }

    HttpResponse<String> assessmentPost(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(assessment.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The figures of a division's report today; fails unless it answers 200. */
    JsonNode figures(String division) throws IOException, InterruptedException {
        HttpResponse<String> response = report("/api/v1/reports/provincial/divisions/" + division);
        if (response.statusCode() != 200) {
            throw new IOException("report of " + division + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("figures");
    }

    /** A new school as the register takes it (POST /api/v1/schools). */
    static String school(String code, String effectiveDate) {
        return JSON.createObjectNode().put("schoolCode", code).put("name", "基准学校" + code)
                .put("countyCode", code.substring(0, 6)).put("classification", "RURAL").put("level", "PRIMARY")
                .put("enrolment", 300).put("effectiveDate", effectiveDate).toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", tokens.bearer()).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

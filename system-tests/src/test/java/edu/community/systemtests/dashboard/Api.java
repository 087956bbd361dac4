package edu.community.systemtests.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** JSON calls through the gateway with one user's token, as any front end makes them. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI gateway;
    private final String token;

    Api(URI gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    record Answer(int status, JsonNode body) {
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, JsonNode body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** The provincial report of a division, as the dashboard asks for it. */
    JsonNode report(String division, int schoolYear, String asOf) throws IOException, InterruptedException {
        Answer answer = get("/api/v1/reports/provincial/divisions/" + division + "?schoolYear=" + schoolYear + "&asOf=" + asOf);
        if (answer.status() != 200) {
            throw new IllegalStateException("report of " + division + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /** The published assessment rounds of a division, as the dashboard's ranking panel asks for them. */
    JsonNode rounds(String division, int schoolYear) throws IOException, InterruptedException {
        Answer answer = get("/api/v1/assessment/rounds?division=" + division + "&schoolYear=" + schoolYear);
        if (answer.status() != 200) {
            throw new IllegalStateException("rounds of " + division + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
    }
}

package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * JSON writes and reads of the public API with the loader's token. Every write carries an {@code Idempotency-Key}
 * derived from the seed, so a second run is answered with the first run's outcome and writes nothing. Sent again
 * after a while: a 429 or 503, and a 422 whose rule depends on another service's events the writing service has
 * not read yet (its read model of schools and communities lags community-service: eventually checked).
 */
final class ApiCalls {

    private static final Set<String> NOT_YET_KNOWN = Set.of("staff.school-unknown", "posting.school-unknown",
            "posting.destination-outside-community", "sync-series.school-unknown", "sync-series.not-in-one-community",
            "activity.school-unknown", "activity.not-in-one-community");
    private static final Duration CATCH_UP = Duration.ofMinutes(3);

    /** An answer: status and body (a problem's {@code rule} or last segment of its {@code type} in {@code code}). */
    record Answer(int status, JsonNode body, String code) {

        boolean ok() {
            return status == 200 || status == 201 || status == 204;
        }
    }

    private final HttpClient http;
    private final AccessTokens tokens;
    private final ObjectMapper json = new ObjectMapper();

    ApiCalls(HttpClient http, AccessTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    ObjectMapper json() {
        return json;
    }

    Answer write(String method, URI uri, JsonNode body, String idempotencyKey) throws IOException, InterruptedException {
        String content = json.writeValueAsString(body);
        Instant giveUp = Instant.now().plus(CATCH_UP);
        while (true) {
            Answer answer = send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .method(method, HttpRequest.BodyPublishers.ofString(content)));
            boolean notYet = answer.status() == 422 && NOT_YET_KNOWN.contains(answer.code());
            if (!notYet && answer.status() != 429 && answer.status() != 503 || Instant.now().isAfter(giveUp)) {
                return answer;
            }
            Thread.sleep(1000);
        }
    }

    Answer read(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** A write that must be done, or have been done by an earlier run (answered with one of {@code done}). */
    JsonNode require(String what, Answer answer, String... done) throws IOException {
        if (answer.ok() || Set.of(done).contains(answer.code())) {
            return answer.body();
        }
        throw new IOException(what + " answered " + answer.status() + ": " + answer.body());
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", tokens.bearer())
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        String code = body.path("rule").asText("");
        if (code.isEmpty()) {
            String type = body.path("type").asText("");
            code = type.substring(type.lastIndexOf(':') + 1);
        }
        return new Answer(response.statusCode(), body, code);
    }
}

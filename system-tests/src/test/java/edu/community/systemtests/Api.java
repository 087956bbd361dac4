package edu.community.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** HTTP calls through the gateway with a caller's token issued by the system's Keycloak. */
final class Api {

    static final String PROBLEM = "urn:edu-community:problem:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Api(RunningSystem system) {
        this.system = system;
    }

    /** One call; a body is sent as {@code contentType} (JSON when the body is not a string). */
    Answer send(String caller, String method, String path, Object body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.gateway() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + system.accessToken(caller))
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String string ? string : json(body);
            request.header("Content-Type", contentType).header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method + " " + path + " as " + caller, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " as " + caller, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer json(String caller, String method, String path, Object body) {
        return send(caller, method, path, body, "application/json");
    }

    Answer get(String caller, String path) {
        return send(caller, "GET", path, null, null);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer: its status and its body. */
    record Answer(String call, int status, String body) {

        JsonNode json() {
            try {
                return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        /** The problem type's code ({@code outside-division}), or empty when the body is not a problem. */
        String problem() {
            String type = json().path("type").asText("");
            return type.startsWith(PROBLEM) ? type.substring(PROBLEM.length()) : "";
        }

        /** A 2xx answer, or an exception that shows the whole answer. */
        Answer ok() {
            if (status / 100 != 2) {
                throw new IllegalStateException("fixture " + call + " answered " + status + ": " + body);
            }
            return this;
        }

        String field(String name) {
            return json().path(name).asText();
        }
    }
}

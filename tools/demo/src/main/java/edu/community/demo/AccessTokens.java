package edu.community.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Access tokens of a confidential client (OAuth 2.0 client credentials), renewed before they expire. */
final class AccessTokens {

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String form;
    private String token;
    private Instant renewAt = Instant.MIN;

    AccessTokens(HttpClient http, URI tokenEndpoint, String clientId, String clientSecret) {
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
        this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    }

    synchronized String bearer() throws IOException, InterruptedException {
        if (Instant.now().isAfter(renewAt)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("token endpoint " + tokenEndpoint + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode body = new ObjectMapper().readTree(response.body());
            token = body.path("access_token").asText();
            renewAt = Instant.now().plusSeconds(Math.max(10, body.path("expires_in").asLong(60) - 30));
        }
        return "Bearer " + token;
    }
}

package edu.community.systemtests.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.community.eventsourcing.testing.RealmKeycloak;
import edu.community.systemtests.RunningSystem;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The deployment step the chart does for its ingress host: the realm's {@code edu-dashboard} client must list the
 * gateway's origin among its web origins, or Keycloak refuses the page's token request ({@code Invalid origin}).
 * The realm file lists {@code http://localhost:8080} and {@code http://127.0.0.1:8080}; a system started on another
 * port has its origin added here through Keycloak's admin API (redirects to any loopback port are accepted already).
 * The admin password is the one the test support gave its Keycloak, else the local stack's {@code admin}.
 */
final class DashboardOrigin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DashboardOrigin() {
    }

    static void allow(RunningSystem system) throws IOException, InterruptedException {
        URI gateway = system.gateway();
        String origin = gateway.getScheme() + "://" + gateway.getHost() + (gateway.getPort() < 0 ? "" : ":" + gateway.getPort());
        String root = system.keycloak().toString().replaceFirst("/realms/edu/?$", "");
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(System.getProperty(RealmKeycloak.ADMIN_PASSWORD_PROPERTY, "admin"), StandardCharsets.UTF_8);
        String token = call(HttpRequest.newBuilder(URI.create(root + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).path("access_token").asText();
        String clients = root + "/admin/realms/edu/clients";
        JsonNode client = call(HttpRequest.newBuilder(URI.create(clients + "?clientId=edu-dashboard"))
                .header("Authorization", "Bearer " + token).GET()).get(0);
        ArrayNode origins = (ArrayNode) client.path("webOrigins");
        for (JsonNode listed : origins) {
            if (listed.asText().equals(origin)) {
                return;
            }
        }
        origins.add(origin);
        call(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString((ObjectNode) client))));
    }

    private static JsonNode call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak admin API: " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? Api.JSON.nullNode() : Api.JSON.readTree(answer.body());
    }
}

package edu.community.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The shared system answers through the gateway with a token of the real Keycloak. */
class RunningSystemTest {

    @Test
    void a_demo_user_reads_through_the_gateway() throws Exception {
        RunningSystem system = RunningSystem.shared();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.gateway().resolve("/api/v1/schools?division=330106"))
                .header("Authorization", "Bearer " + system.accessToken("county-officer")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer::body);
        HttpResponse<String> realm = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(system.keycloak() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, realm.statusCode(), realm::body);
    }
}

package edu.community.gateway;

import edu.community.eventsourcing.testing.RealmKeycloak;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP servers behind the gateway under test: community-service and exchange-service echo what reached them;
 * assessment-service accepts connections and never answers (a stalled service); staffing-service's port has
 * nothing listening (a stopped service). Also the token issuer: a key made for the run ({@link Tokens}), or under
 * {@link RealmTokensTest.RealKeycloak} a real Keycloak with the realm ({@link RealmKeycloak}), or under
 * {@link IssuerDownTest.IssuerDown} an issuer URL where nothing listens.
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private String profile;
    private RealmKeycloak keycloak;

    @Override
    public void setContext(Context context) {
        profile = context.testProfile();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int community = listen("community-service", true);
        int exchange = listen("exchange-service", true);
        int assessment = listen("assessment-service", false);
        int staffing = freePort();
        Map<String, String> issuer;
        if (RealmTokensTest.RealKeycloak.class.getName().equals(profile)) {
            keycloak = RealmKeycloak.start();
            issuer = Map.of("quarkus.oidc.auth-server-url", keycloak.issuer());
        } else if (IssuerDownTest.IssuerDown.class.getName().equals(profile)) {
            issuer = Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + freePort() + "/realms/edu");
        } else {
            issuer = Map.of("quarkus.oidc.public-key", Tokens.createKeys(), "quarkus.oidc.token.issuer", Tokens.ISSUER);
        }
        Map<String, String> config = new HashMap<>(issuer);
        config.putAll(Map.ofEntries(
                Map.entry("gateway.services.community-service.url", "http://localhost:" + community),
                Map.entry("gateway.services.exchange-service.url", "http://localhost:" + exchange),
                Map.entry("gateway.services.assessment-service.url", "http://localhost:" + assessment),
                Map.entry("gateway.services.staffing-service.url", "http://localhost:" + staffing),
                Map.entry("gateway.services.assessment-service.timeout", "1500ms"),
                Map.entry("gateway.services.staffing-service.circuit-breaker.request-volume", "4"),
                Map.entry("gateway.services.staffing-service.circuit-breaker.delay", "60s"),
                Map.entry("gateway.rate-limit.requests", Integer.toString(RateLimitTest.LIMIT)),
                Map.entry("gateway.max-body-size", "64K"),
                Map.entry("quarkus.http.cors.origins", "https://dashboard.example.org")));
        return config;
    }

    private int listen(String service, boolean answers) {
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(request -> {
                        if (answers) {
                            request.body().onSuccess(body -> echo(service, request, body.length()));
                        }
                    })
                    .listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the stand-in of " + service, e);
        }
    }

    private static void echo(String service, HttpServerRequest request, int bodyLength) {
        if (request.path().equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        JsonObject seen = new JsonObject()
                .put("service", service)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("bodyLength", bodyLength);
        for (String header : List.of("Host", "traceparent", "X-Request-ID", "X-Correlation-Id", "Authorization", "Idempotency-Key")) {
            if (request.getHeader(header) != null) {
                seen.put(header, request.getHeader(header));
            }
        }
        request.response()
                .setStatusCode("POST".equals(request.method().name()) ? 201 : 200)
                .putHeader("Content-Type", "application/json")
                .putHeader("ETag", "\"7\"")
                .end(seen.encode());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}

package edu.community.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.KafkaBroker;
import edu.community.eventsourcing.testing.RealmKeycloak;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * The whole system as deploy/local/up.sh runs it, started once per JVM (so once per module run) and shared by every
 * test class: one embedded PostgreSQL with a database per service, one Kafka broker, one Keycloak with realm edu
 * imported from deploy/keycloak/edu-realm.json, and every service and the gateway as separate processes from their
 * packaged applications ({@code <module>/target/quarkus-app/quarkus-run.jar}). Logs: {@code target/logs/}.
 * Stopped when the JVM exits.
 */
public final class RunningSystem {

    /** The services behind the gateway, with their databases, in the order up.sh starts them. */
    static final Map<String, String> SERVICES = orderedMap(
            "community-service", "community",
            "staffing-service", "staffing",
            "exchange-service", "exchange",
            "assessment-service", "assessment");
    private static final Duration READY_LIMIT = Duration.ofMinutes(6);
    private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningSystem shared;
    private static RuntimeException failure;

    private final Path root = Path.of(System.getProperty("edu.repository.root", "..")).toAbsolutePath().normalize();
    private final Path logs = Path.of(System.getProperty("edu.system.logs", "target/logs")).toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final List<Process> processes = new CopyOnWriteArrayList<>();
    private final JsonNode realm;
    private EmbeddedPostgres postgres;
    private RealmKeycloak keycloak;
    private URI gateway;

    private RunningSystem() {
        try {
            realm = JSON.readTree(Path.of(System.getProperty("edu.realm.file",
                    root.resolve("deploy/keycloak/edu-realm.json").toString())).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running system; the first call starts it (several minutes on a busy machine), a JVM exit stops it. */
    public static synchronized RunningSystem shared() {
        if (failure != null) {
            throw new IllegalStateException("the system did not start", failure);
        }
        if (shared == null) {
            RunningSystem system = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "stop-running-system"));
            try {
                system.start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            shared = system;
        }
        return shared;
    }

    /** The gateway, the one public entry, e.g. http://127.0.0.1:PORT. */
    public URI gateway() {
        return gateway;
    }

    /** The realm's base (its issuer), e.g. http://127.0.0.1:PORT/realms/edu. */
    public URI keycloak() {
        return URI.create(keycloak.issuer());
    }

    /** A demo user's password, as deploy/keycloak/edu-realm.json sets it (local only). */
    public String password(String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals(username)) {
                for (JsonNode credential : user.path("credentials")) {
                    if (credential.path("type").asText().equals("password")) {
                        return credential.path("value").asText();
                    }
                }
            }
        }
        throw new IllegalArgumentException("the realm has no demo user " + username + " with a password");
    }

    /**
     * An access token issued by the real Keycloak: for a demo user by the password grant of the public client
     * edu-cli; for a client-credentials client of the realm (provincial-emis, county-emis-330106,
     * analytics-platform) by its client credentials. Reused until shortly before it expires.
     */
    public String accessToken(String username) {
        Token token = tokens.compute(username, (name, held) ->
                held != null && held.expires.isAfter(Instant.now().plus(TOKEN_MARGIN)) ? held : issue(name));
        return token.value;
    }

    private Token issue(String name) {
        Map<String, String> form = clientSecret(name)
                .map(secret -> Map.of("grant_type", "client_credentials", "client_id", name, "client_secret", secret))
                .orElseGet(() -> Map.of("grant_type", "password", "client_id", "edu-cli", "username", name,
                        "password", password(name)));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + name + ": " + response.statusCode()
                        + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new Token(json.path("access_token").asText(),
                    Instant.now().plusSeconds(json.path("expires_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> clientSecret(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId) && client.path("serviceAccountsEnabled").asBoolean()) {
                return Optional.of(client.path("secret").asText());
            }
        }
        return Optional.empty();
    }

    private void start() {
        Instant started = Instant.now();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Keycloak is the slowest: it starts first, and the services start beside it once they have a database and
        // a broker (they reach the issuer only when a request comes, after everything is ready).
        keycloak = RealmKeycloak.launch(logs.resolve("keycloak.log"));
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(KafkaBroker::start);
        postgres = startPostgres();
        String bootstrap = join(kafka);
        Map<String, URI> services = new LinkedHashMap<>();
        Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
        SERVICES.forEach((service, database) -> {
            URI address = address(freePort());
            services.put(service, address);
            Map<String, String> environment = common(address, bootstrap);
            environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + postgres.getPort() + "/" + database);
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database);
            environment.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            ready.put(service, launch(service, address, environment));
        });
        gateway = address(freePort());
        Map<String, String> environment = common(gateway, bootstrap);
        services.forEach((service, address) ->
                environment.put(service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", address.toString()));
        // The matrix sends a few thousand requests as one client within a minute; the limit itself is the gateway's
        // own tests' subject.
        environment.put("GATEWAY_RATE_LIMIT_REQUESTS", "1000000");
        ready.put("gateway", launch("gateway", gateway, environment));
        keycloak.awaitRealm();
        ready.values().forEach(RunningSystem::join);
        System.out.printf("RunningSystem: ready in %d s (gateway %s, Keycloak %s, logs %s)%n",
                Duration.between(started, Instant.now()).toSeconds(), gateway, keycloak.issuer(), logs);
    }

    private Map<String, String> common(URI address, String bootstrap) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_HOST", address.getHost());
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(address.getPort()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
        return environment;
    }

    private EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder().start();
            try (Connection connection = started.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                for (String database : SERVICES.values()) {
                    statement.execute("create database " + database);
                }
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the services' databases", e);
        }
    }

    /** Starts one application from its build output and answers when it is ready. */
    private CompletableFuture<Void> launch(String module, URI address, Map<String, String> environment) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (see system-tests/README.md)");
        }
        Path log = logs.resolve(module + ".log");
        Path work = logs.resolveSibling("work").resolve(module);
        try {
            Files.createDirectories(work);
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().putAll(environment);
            Process process = builder.start();
            processes.add(process);
            return CompletableFuture.runAsync(() -> awaitReady(module, address, process, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(String module, URI address, Process process, Path log) {
        HttpRequest ready = HttpRequest.newBuilder(address.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(READY_LIMIT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(module + " was not ready within " + READY_LIMIT.toMinutes() + " min (last: "
                + last + "); see " + log);
    }

    /** Asks every process to stop at once, then waits for each (Keycloak's and the services' shutdowns overlap). */
    private void stop() {
        processes.forEach(Process::destroy);
        if (keycloak != null) {
            keycloak.stop();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaBroker.halt();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("RunningSystem: PostgreSQL did not stop cleanly: " + e);
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static URI address(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private record Token(String value, Instant expires) {
    }
}

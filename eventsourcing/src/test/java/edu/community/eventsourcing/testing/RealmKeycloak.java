package edu.community.eventsourcing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak (the Maven artifact deploy/local/up.sh runs, unpacked by the build into target/keycloak) with
 * realm edu imported from deploy/keycloak/edu-realm.json, on free loopback ports, with a fresh database each run.
 * Keycloak needs Java 21 or newer: {@code EDU_KC_JAVA}, {@code JAVA_HOME} or the newest JDK under /usr/lib/jvm.
 *
 * <p>The module that uses it unpacks Keycloak and names it and the realm file in the system properties
 * {@code edu.keycloak.home} and {@code edu.realm.file} (see gateway/pom.xml, system-tests/pom.xml).
 */
public final class RealmKeycloak {

    public static final String URL_PROPERTY = "edu.gateway-test.keycloak.url";
    public static final String ADMIN_PASSWORD_PROPERTY = "edu.gateway-test.keycloak.admin-password";
    private static final long START_LIMIT_SECONDS = 600;

    private final Process process;
    private final String url;
    private final Path log;

    private RealmKeycloak(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts it with its log beside its home directory; see {@link #start(Path)}. */
    public static RealmKeycloak start() {
        return start(Path.of(System.getProperty("edu.keycloak.home")).resolveSibling("keycloak.log"));
    }

    /** Starts it and waits until realm edu answers; the base URL is also in the system property {@link #URL_PROPERTY}. */
    public static RealmKeycloak start(Path log) {
        RealmKeycloak keycloak = launch(log);
        keycloak.awaitRealm();
        return keycloak;
    }

    /**
     * Starts it without waiting, so that what needs only its address can start beside it; {@link #awaitRealm()}
     * waits until realm edu answers.
     */
    public static RealmKeycloak launch(Path log) {
        Path home = Path.of(System.getProperty("edu.keycloak.home"));
        Path realm = Path.of(System.getProperty("edu.realm.file"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + "/bin/kc.sh is missing: the build unpacks Keycloak (mvn verify)");
        }
        try {
            deleteTree(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.createDirectories(log.getParent());
            Files.copy(realm, home.resolve("data/import/edu-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            String adminPassword = UUID.randomUUID().toString();
            Path java = java21();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + freePort(), "--cache=local")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().remove("JAVA_OPTS");
            builder.environment().put("JAVA", java.toString());
            builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            String url = "http://127.0.0.1:" + port;
            System.setProperty(URL_PROPERTY, url);
            System.setProperty(ADMIN_PASSWORD_PROPERTY, adminPassword);
            return new RealmKeycloak(builder.start(), url, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, e.g. http://127.0.0.1:PORT/realms/edu. */
    public String issuer() {
        return url + "/realms/edu";
    }

    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until realm edu answers; stops Keycloak and throws, naming the log, when it does not in time. */
    public void awaitRealm() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(issuer() + "/.well-known/openid-configuration")
                        .toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak did not serve realm edu within " + START_LIMIT_SECONDS + " s; see " + log);
    }

    private static Path java21() {
        Optional<Path> chosen = Optional.ofNullable(System.getenv("EDU_KC_JAVA")).map(Path::of);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Stream<Path> candidates = Stream.concat(
                Stream.ofNullable(System.getenv("JAVA_HOME")).map(Path::of),
                list(Path.of("/usr/lib/jvm")).stream());
        return candidates.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                .filter(jdk -> major(jdk) >= 21)
                .max(Comparator.comparingInt(RealmKeycloak::major))
                .map(jdk -> jdk.resolve("bin/java"))
                .orElseThrow(() -> new IllegalStateException("Keycloak needs Java 21 or newer: set EDU_KC_JAVA or "
                        + "install one under /usr/lib/jvm"));
    }

    private static int major(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(Path::toAbsolutePath).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

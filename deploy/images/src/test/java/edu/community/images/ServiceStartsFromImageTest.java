package edu.community.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import edu.community.eventsourcing.testing.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service started from its image answers ready against real PostgreSQL and Kafka: the image's own Java runtime,
 * C library and application, run by the image's entrypoint and user-independent configuration (environment
 * variables, as the chart sets them).
 *
 * <p>No container engine runs on the build machines, so the image's file system is unpacked into a directory and
 * its entrypoint started there through the image's own dynamic loader; absolute symbolic links of the Debian
 * packages (the runtime's configuration under /etc) resolve against the build machine, not the image.
 */
class ServiceStartsFromImageTest {

    private static final TestInfrastructure INFRASTRUCTURE = new TestInfrastructure();
    private static Map<String, String> settings;

    @BeforeAll
    static void start() {
        settings = INFRASTRUCTURE.start();
    }

    @AfterAll
    static void stop() {
        INFRASTRUCTURE.stop();
    }

    @Test
    void the_first_service_starts_from_its_image_and_answers_ready(@TempDir Path temp) throws Exception {
        String service = ImageArchive.SERVICES.get(0);
        ImageArchive image = ImageArchive.of(service);
        Path rootfs = image.unpack(temp.resolve("rootfs"));
        int port = freePort();

        ProcessBuilder process = new ProcessBuilder(command(rootfs, image.config().path("config")))
                .directory(temp.toFile()).redirectErrorStream(true).redirectOutput(temp.resolve("service.log").toFile());
        settings.forEach((key, value) -> process.environment().put(environmentName(key), value));
        process.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        process.environment().put("JAVA_TOOL_OPTIONS", "-Xmx256m -XX:TieredStopAtLevel=1");
        Process running = process.start();
        try {
            assertEquals(200, awaitReady(port, running, Duration.ofMinutes(3)),
                    () -> "readiness of " + service + " started from its image; log: " + temp.resolve("service.log"));
        } finally {
            running.destroy();
            running.onExit().get();
        }
    }

    /** The image's entrypoint, its "java" found on the image's PATH and run through the image's loader. */
    private static List<String> command(Path rootfs, JsonNode config) {
        Path libc = rootfs.resolve("lib/x86_64-linux-gnu");
        List<String> command = new ArrayList<>(List.of(libc.resolve("ld-linux-x86-64.so.2").toString(),
                "--library-path", libc + ":" + rootfs.resolve("usr/lib/x86_64-linux-gnu")));
        String java = rootfs.resolve(BaseImage.JAVA_HOME.substring(1)).resolve("bin/java").toString();
        for (JsonNode argument : config.path("Entrypoint")) {
            String value = argument.asText();
            command.add(value.equals("java") ? java : value.startsWith("/deployments/") ? rootfs + value : value);
        }
        assertTrue(command.contains(java), "the entrypoint starts java");
        return command;
    }

    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static int awaitReady(int port, Process process, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(limit);
        int status = -1;
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notListeningYet) {
                status = -1;
            }
            Thread.sleep(500);
        }
        return status;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package edu.community.eventsourcing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) run as a child JVM from the jars
 * that {@code deploy/local/kafka} copies. The broker needs its own Kafka version, which cannot share a
 * classpath with the clients Quarkus manages, hence a separate process.
 *
 * <p>Its state lives in system properties so that tests can stop and restart it from any class loader.
 */
public final class KafkaBroker {

    private static final String PID = "edu.test.kafka.pid";
    private static final String CONFIG = "edu.test.kafka.config";
    private static final String LOG = "edu.test.kafka.log";
    private static final String PORT = "edu.test.kafka.port";

    private KafkaBroker() {
    }

    /** Formats a fresh log directory and starts the broker; returns its bootstrap address. */
    public static String start() {
        try {
            Path home = Files.createTempDirectory("edu-test-kafka-");
            int[] ports = freePorts(2);
            int port = ports[0];
            int controllerPort = ports[1];
            Path config = home.resolve("server.properties");
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@localhost:" + controllerPort,
                    "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://localhost:" + port,
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + home.resolve("data"),
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    "num.partitions=1",
                    ""));
            run(List.of("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId(), "--config=" + config),
                    home.resolve("format.log"), true);
            System.setProperty(CONFIG, config.toString());
            System.setProperty(LOG, home.resolve("broker.log").toString());
            System.setProperty(PORT, Integer.toString(port));
            resume();
            return bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String bootstrapServers() {
        return "localhost:" + System.getProperty(PORT);
    }

    /** Stops the broker process and waits until it is gone; its data stays for {@link #resume()}. */
    public static void halt() {
        String pid = System.getProperty(PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
        System.clearProperty(PID);
    }

    /** Starts the broker again on the same port and data, and waits until it accepts connections. */
    public static void resume() {
        try {
            Process process = run(List.of("kafka.Kafka", System.getProperty(CONFIG)),
                    Path.of(System.getProperty(LOG)), false);
            System.setProperty(PID, Long.toString(process.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            awaitPort(Integer.parseInt(System.getProperty(PORT)), Duration.ofSeconds(90), process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process run(List<String> mainAndArgs, Path log, boolean wait) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", brokerLibs() + "/*"));
        command.addAll(mainAndArgs);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (wait) {
            try {
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("kafka " + mainAndArgs.get(0) + " failed, see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return process;
    }

    /** deploy/local/kafka/target/libs, found from the module directory upwards. */
    private static Path brokerLibs() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path libs = dir.resolve("deploy/local/kafka/target/libs");
            if (Files.isDirectory(libs)) {
                return libs;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Kafka broker jars not found: build deploy/local/kafka first"
                + " (the root build does it: mvn verify)");
    }

    private static void awaitPort(int port, Duration timeout, Process process) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited, see " + System.getProperty(LOG));
            }
            try (Socket ignored = new Socket("localhost", port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("Kafka broker did not listen within " + timeout);
    }

    /** A random cluster id; passed as {@code --cluster-id=...} because base64url may start with '-'. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Distinct free ports: each socket stays open until all are chosen, so the system cannot hand one out twice. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package edu.community.eventsourcing.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The real infrastructure a service test runs against, started once per module: PostgreSQL from embedded
 * binaries (zonky), a Kafka broker in KRaft mode as a child process, and a token issuer key. No Docker.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String bootstrap = KafkaBroker.start();
        int port = postgres.getPort();
        return Map.ofEntries(
                Map.entry("quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres"),
                Map.entry("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres"),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", "postgres"),
                Map.entry("kafka.bootstrap.servers", bootstrap),
                Map.entry("quarkus.oidc.public-key", TestTokens.createKeys()),
                Map.entry("quarkus.oidc.token.issuer", TestTokens.ISSUER));
    }

    @Override
    public void stop() {
        KafkaBroker.halt();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

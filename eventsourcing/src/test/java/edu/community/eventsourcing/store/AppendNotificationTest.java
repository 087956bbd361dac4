package edu.community.eventsourcing.store;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An append that commits notifies the publishers' channel (the table's trigger); one that rolls back does not. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class AppendNotificationTest {

    @Inject
    EventStore store;
    @Inject
    Vertx vertx;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void a_committed_append_notifies_and_a_rolled_back_one_does_not() throws InterruptedException {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options);
        Semaphore notified = new Semaphore(0);
        subscriber.channel(EventStore.APPENDED_CHANNEL).handler(payload -> notified.release());
        subscriber.connect().await().atMost(Duration.ofMinutes(1));
        try {
            String stream = newStream();
            assertThrows(RuntimeException.class, () -> store.inTransaction(
                    tx -> store.append(tx, Append.to(stream, 0, List.of(anEvent(1)), metadata()))
                            .map(appended -> {
                                throw new IllegalStateException("rolled back after the append");
                            }), appended -> null).await().atMost(Duration.ofMinutes(1)));
            store.append(Append.to(stream, 0, List.of(anEvent(2)), metadata())).await().atMost(Duration.ofMinutes(1));

            assertTrue(notified.tryAcquire(2, TimeUnit.MINUTES), "the committed append notified");
            // Notifications arrive in commit order: the committed append's came, so a rolled-back one would have too.
            assertFalse(notified.tryAcquire(), "only the committed append notified");
        } finally {
            subscriber.closeAndAwait();
        }
    }
}

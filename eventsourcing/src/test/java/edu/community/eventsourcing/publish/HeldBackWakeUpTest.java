package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.recordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The publisher's own loop, with a poll interval far longer than the test waits: an event held back behind another
 * transaction is sent soon after that transaction ends, although its end notifies nobody (it appended nothing).
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@TestProfile(HeldBackWakeUpTest.PublisherLoop.class)
class HeldBackWakeUpTest {

    public static class PublisherLoop implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eventsourcing.publisher.enabled", "true",
                    "eventsourcing.publisher.poll-interval", "PT10M");
        }
    }

    @Inject
    EventStore store;
    @Inject
    Pool pool;

    @Inject
    OutboxPublisher publisher;
    @Inject
    MeterRegistry metrics;

    @Test
    void an_event_held_back_by_a_transaction_that_appends_nothing_leaves_when_that_transaction_ends() throws Exception {
        String before = newStream();
        store.append(Append.to(before, 0, List.of(anEvent(1)), metadata())).await().indefinitely();
        recordsOf(Set.of(before), 1); // the loop runs and is woken by appends
        assertEquals(0, publisher.publishOnce(), "nothing left: the backlog gauge reads 0 now");

        // A transaction of any kind that has a transaction id, older than the append: it holds the horizon.
        SqlConnection connection = pool.getConnection().await().indefinitely();
        Transaction other = connection.begin().await().indefinitely();
        connection.query("select pg_current_xact_id()").execute().await().indefinitely();
        String held = newStream();
        store.append(Append.to(held, 0, List.of(anEvent(2)), metadata())).await().indefinitely();
        // The loop, woken by the append, has seen the event and could not send it ...
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (metrics.get("eventsourcing.publisher.backlog").gauge().value() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1.0, metrics.get("eventsourcing.publisher.backlog").gauge().value(), "a pass saw the held event");
        // ... and that pass is over (passes take turns), with nothing sent while the other transaction runs.
        assertEquals(0, publisher.publishOnce());

        other.commit().await().indefinitely();
        connection.close().await().indefinitely();
        // No append follows, so no notification: only the held-back retry sends it before the 10-minute poll.
        assertEquals(List.of(held), recordsOf(Set.of(held), 1).stream().map(record -> record.key()).toList());
    }
}

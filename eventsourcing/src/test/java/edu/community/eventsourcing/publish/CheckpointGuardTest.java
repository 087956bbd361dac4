package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.TOPIC;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.api.ChangeFeed;
import edu.community.eventsourcing.api.Cursors;
import edu.community.eventsourcing.health.PublicationCheckpointCheck;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/** A checkpoint or cursor above every transaction id, as after a logical dump and restore, is reported, not obeyed. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CheckpointGuardTest {

    @Inject
    OutboxPublisher publisher;
    @Inject
    @Readiness
    PublicationCheckpointCheck readiness;
    @Inject
    Pool pool;
    @Inject
    EventStore store;
    @Inject
    ChangeFeed changes;

    @Test
    void a_checkpoint_above_the_current_transaction_id_fails_publication_and_readiness() throws Exception {
        store.append(Append.to(newStream(), 0, List.of(anEvent(1)), metadata())).await().indefinitely();
        drain(publisher, pool);
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().await().indefinitely().getStatus());
        Row saved = pool.preparedQuery("select last_tx_id::text, last_position from es_publication_checkpoint where publisher = $1")
                .execute(Tuple.of(TOPIC)).await().indefinitely().iterator().next();
        pool.preparedQuery("update es_publication_checkpoint"
                        + " set last_tx_id = (pg_snapshot_xmax(pg_current_snapshot())::text::bigint + 1000000)::text::xid8"
                        + " where publisher = $1")
                .execute(Tuple.of(TOPIC)).await().indefinitely();
        try {
            PublicationCheckpoints.CheckpointAhead refused =
                    assertThrows(PublicationCheckpoints.CheckpointAhead.class, publisher::publishOnce);
            assertTrue(refused.getMessage().contains("transaction ids went backwards"), refused.getMessage());

            HealthCheckResponse response = readiness.call().await().indefinitely();
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertTrue(response.getData().orElseThrow().get("reason").toString().contains("Transaction ids went backwards"));
        } finally {
            pool.preparedQuery("update es_publication_checkpoint set last_tx_id = $2::xid8, last_position = $3 where publisher = $1")
                    .execute(Tuple.of(TOPIC, saved.getString(0), saved.getLong(1))).await().indefinitely();
        }
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().await().indefinitely().getStatus());
    }

    @Test
    void a_change_feed_cursor_above_the_current_transaction_id_is_refused() {
        String restoredAway = Cursors.encode("999999999999:1");
        BadRequestException refused = assertThrows(BadRequestException.class,
                () -> changes.after(restoredAway, 10).await().indefinitely());
        assertTrue(refused.getMessage().contains("beyond every transaction"), refused.getMessage());
    }
}

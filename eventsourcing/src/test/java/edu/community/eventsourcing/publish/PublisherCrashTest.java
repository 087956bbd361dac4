package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static edu.community.eventsourcing.publish.PublisherTestSupport.recordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.consume.TestReadModel;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PublisherCrashTest {

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @Inject
    EventsourcingConfig config;
    @Inject
    KafkaProducers producers;
    @Inject
    AppendNotifications notifications;
    @Inject
    TestReadModel readModel;

    /** A publisher that dies after Kafka acknowledged its batch, before its checkpoint is written. */
    static class DiesBeforeCheckpoint extends PublicationCheckpoints {
        @Override
        public Uni<Void> save(SqlConnection tx, String publisher, Checkpoint checkpoint) {
            return Uni.createFrom().failure(new IllegalStateException("process died before the checkpoint"));
        }
    }

    @Test
    void a_batch_acknowledged_but_not_checkpointed_is_sent_again_and_the_read_model_ignores_the_duplicate()
            throws Exception {
        drain(publisher, pool);
        String stream = newStream();
        store.append(Append.to(stream, 0, List.of(anEvent(1), anEvent(2), anEvent(3)), metadata()))
                .await().indefinitely();

        OutboxPublisher dying = new OutboxPublisher(pool, store, config, producers, new DiesBeforeCheckpoint(),
                notifications, new SimpleMeterRegistry());
        await("the dying publisher to send the batch and die before its checkpoint", Duration.ofSeconds(120), () -> {
            try {
                dying.publishOnce();
                return false;
            } catch (IllegalStateException died) {
                return true;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(3, recordsOf(Set.of(stream), 3).size(), "Kafka acknowledged the batch");

        drain(publisher, pool);
        assertEquals(6, recordsOf(Set.of(stream), 6).size(), "the topic holds each event twice");

        store.append(Append.to(stream, 3, List.of(anEvent(4)), metadata())).await().indefinitely();
        drain(publisher, pool);
        await("the read model to apply the later event", Duration.ofSeconds(60),
                () -> readModel.appliedVersions(stream).contains(4));

        assertEquals(List.of(1, 2, 3, 4), readModel.appliedVersions(stream), "each event applied once, in order");
    }
}

package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static edu.community.eventsourcing.publish.PublisherTestSupport.header;
import static edu.community.eventsourcing.publish.PublisherTestSupport.recordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.StoredEvent;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class OutOfOrderCommitTest {

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;

    @Test
    void an_event_committed_after_a_later_position_is_held_back_then_sent_first() throws Exception {
        drain(publisher, pool);
        String streamA = newStream();
        String streamB = newStream();

        SqlConnection connectionA = pool.getConnection().await().indefinitely();
        Transaction transactionA = connectionA.begin().await().indefinitely();
        store.append(connectionA, Append.to(streamA, 0, List.of(anEvent(1)), metadata())).await().indefinitely();
        store.append(Append.to(streamB, 0, List.of(anEvent(2)), metadata())).await().indefinitely();

        assertEquals(0, publisher.publishOnce(), "B must wait while A, with the lower position, is uncommitted");

        transactionA.commit().await().indefinitely();
        connectionA.close().await().indefinitely();
        long positionA = position(streamA);
        long positionB = position(streamB);
        assertTrue(positionA < positionB, "A took the lower position");

        drain(publisher, pool);

        List<ConsumerRecord<String, String>> records = recordsOf(Set.of(streamA, streamB), 2);
        assertEquals(List.of(streamA, streamB), records.stream().map(ConsumerRecord::key).toList(),
                "A is sent before B and neither is skipped");
        ConsumerRecord<String, String> first = records.get(0);
        assertEquals("1.0", header(first, CloudEventRecords.SPEC_VERSION));
        assertEquals("edu.community.SchoolRegistered.v1", header(first, CloudEventRecords.TYPE));
        assertEquals(streamA, header(first, CloudEventRecords.SUBJECT));
        assertEquals("1", header(first, CloudEventRecords.STREAM_VERSION));
        assertEquals("330106", header(first, CloudEventRecords.REGION));
        assertEquals("application/json", header(first, CloudEventRecords.CONTENT_TYPE));
        assertEquals(store.read(streamA).await().indefinitely().get(0).eventId().toString(),
                header(first, CloudEventRecords.ID));
    }

    private long position(String stream) {
        List<StoredEvent> events = store.read(stream).await().indefinitely();
        return events.get(0).position();
    }
}

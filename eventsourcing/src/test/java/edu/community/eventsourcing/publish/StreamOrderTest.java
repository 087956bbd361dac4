package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static edu.community.eventsourcing.publish.PublisherTestSupport.header;
import static edu.community.eventsourcing.publish.PublisherTestSupport.recordsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.consume.Inbox;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class StreamOrderTest {

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Inbox inbox;
    @Inject
    Pool pool;

    /**
     * The consumer's transaction gets its id when it records the inbox row, before version 1 is appended and
     * committed by another transaction; it then appends version 2. Its transaction id is the lower one.
     */
    @Test
    void a_consumer_that_records_its_inbox_row_first_and_then_appends_keeps_the_stream_in_version_order()
            throws Exception {
        drain(publisher, pool);
        String stream = newStream();

        inbox.once("order-test-consumer", UUID.randomUUID(), tx -> store
                        .append(Append.to(stream, 0, List.of(anEvent(1)), metadata()))
                        .flatMap(first -> store.append(tx, Append.to(stream, 1, List.of(anEvent(2)), metadata())))
                        .replaceWithVoid())
                .await().indefinitely();
        assertTrue(writtenByAnOlderTransaction(stream), "version 2's transaction started writing before version 1's");

        drain(publisher, pool);

        List<String> versions = recordsOf(Set.of(stream), 2).stream()
                .map(record -> header(record, CloudEventRecords.STREAM_VERSION)).toList();
        assertEquals(List.of("1", "2"), versions, "version 1 is published before version 2");
    }

    /** Whether version 2 was written by a transaction with a lower id than version 1's (xmin of the row). */
    private boolean writtenByAnOlderTransaction(String stream) {
        return pool.preparedQuery("select (select xmin::text::bigint from es_event where stream_id = $1 and stream_version = 2)"
                        + " < (select xmin::text::bigint from es_event where stream_id = $1 and stream_version = 1)")
                .execute(Tuple.of(stream)).await().indefinitely().iterator().next().getBoolean(0);
    }
}

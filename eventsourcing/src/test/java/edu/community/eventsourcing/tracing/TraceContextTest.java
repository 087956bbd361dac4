package edu.community.eventsourcing.tracing;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.EventsourcingTestSupport.publishEverything;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.community.eventsourcing.consume.TestReadModel;
import edu.community.eventsourcing.publish.CloudEventRecords;
import edu.community.eventsourcing.publish.OutboxPublisher;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * A request's trace follows its events: the traceparent an event was appended under travels as the record's
 * {@code traceparent} header, and the consuming service applies the event inside that trace (the Kafka
 * connector's span is a child of it), so one request can be followed to every read model it changed.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TraceContextTest {

    private static final String TOPIC = "edu.community.events";

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @Inject
    TestReadModel readModel;

    @Test
    void an_event_carries_its_trace_to_kafka_and_into_the_consumer() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceParent = "00-" + traceId + "-" + "b7ad6b7169203331" + "-00";
        String traced = newStream();
        String untraced = newStream();
        store.append(Append.to(traced, 0, List.of(anEvent(1)), metadata(traceParent))).await().atMost(Duration.ofSeconds(30));
        store.append(Append.to(untraced, 0, List.of(anEvent(2)), metadata(null))).await().atMost(Duration.ofSeconds(30));
        publishEverything(publisher, pool);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(TOPIC,
                        all -> all.stream().filter(r -> r.key().equals(traced) || r.key().equals(untraced)).count() == 2,
                        Duration.ofSeconds(60))
                .stream().filter(r -> r.key().equals(traced) || r.key().equals(untraced)).toList();
        ConsumerRecord<String, String> tracedRecord = records.stream().filter(r -> r.key().equals(traced)).findFirst().orElseThrow();
        ConsumerRecord<String, String> untracedRecord = records.stream().filter(r -> r.key().equals(untraced)).findFirst().orElseThrow();
        assertEquals(traceParent, header(tracedRecord, CloudEventRecords.TRACE_PARENT));
        assertNull(header(untracedRecord, CloudEventRecords.TRACE_PARENT), "no trace, no header");

        String eventId = header(tracedRecord, CloudEventRecords.ID);
        await("the read model to apply the traced event", Duration.ofSeconds(60),
                () -> readModel.traceParentSeen(eventId).isPresent());
        String seen = readModel.traceParentSeen(eventId).orElseThrow();
        assertEquals(traceId, seen.split("-")[1], "the consumer applied the event in the request's trace");
        assertNotEquals(traceParent, seen, "inside the consumer's own span, a child of the publisher's record");
    }

    private static EventMetadata metadata(String traceParent) {
        return new EventMetadata(UUID.randomUUID().toString(), null, "test-actor", "330106", traceParent);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

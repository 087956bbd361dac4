package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.TOPIC;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static edu.community.eventsourcing.publish.PublisherTestSupport.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ExactlyOnceTest {

    private static final int WRITERS = 8;
    private static final int STREAMS_PER_WRITER = 25;
    private static final int APPENDS_PER_STREAM = 25;
    private static final int EVENTS_PER_APPEND = 2;
    private static final int EVENTS = WRITERS * STREAMS_PER_WRITER * APPENDS_PER_STREAM * EVENTS_PER_APPEND;

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

    @Test
    void ten_thousand_events_from_eight_writers_reach_the_topic_exactly_once_in_stream_order_with_two_publishers()
            throws Exception {
        drain(publisher, pool);
        OutboxPublisher otherInstance = new OutboxPublisher(pool, store, config, producers, new PublicationCheckpoints(),
                notifications, new SimpleMeterRegistry());
        List<List<String>> streamsByWriter = IntStream.range(0, WRITERS)
                .mapToObj(w -> IntStream.range(0, STREAMS_PER_WRITER).mapToObj(s -> newStream()).toList())
                .toList();

        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> publishers = List.of(
                    threads.submit(() -> publishWhile(publisher, writing)),
                    threads.submit(() -> publishWhile(otherInstance, writing)));
            List<Future<?>> writers = new ArrayList<>();
            for (List<String> streams : streamsByWriter) {
                writers.add(threads.submit(() -> write(streams)));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> running : publishers) {
                running.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
        drain(publisher, pool);

        Set<String> streams = streamsByWriter.stream().flatMap(List::stream).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = TopicReader.readToEnd(TOPIC, Duration.ofSeconds(120)).stream()
                .filter(record -> streams.contains(record.key())).toList();
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(header(record, CloudEventRecords.ID)));
        assertEquals(EVENTS, ids.size(), "every event reached the topic");
        assertEquals(EVENTS, records.size(), "no event reached the topic twice");

        Map<String, List<Integer>> versions = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(record -> Integer.parseInt(header(record, CloudEventRecords.STREAM_VERSION)),
                        Collectors.toList())));
        List<Integer> inOrder = IntStream.rangeClosed(1, APPENDS_PER_STREAM * EVENTS_PER_APPEND).boxed().toList();
        for (String stream : streams) {
            assertEquals(inOrder, versions.get(stream), "the events of " + stream + " in version order");
        }
    }

    private Void write(List<String> streams) {
        for (int append = 0; append < APPENDS_PER_STREAM; append++) {
            for (String stream : streams) {
                int version = append * EVENTS_PER_APPEND;
                store.append(Append.to(stream, version, List.of(anEvent(version + 1), anEvent(version + 2)), metadata()))
                        .await().atMost(Duration.ofSeconds(60));
            }
        }
        return null;
    }

    /** One publisher instance's loop: passes until the writers are done. */
    private static Void publishWhile(OutboxPublisher instance, AtomicBoolean writing) throws InterruptedException {
        while (writing.get()) {
            instance.publishOnce();
        }
        return null;
    }
}

package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static edu.community.eventsourcing.publish.PublisherTestSupport.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.consume.TestReadModel;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.KafkaBroker;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class KafkaOutageTest {

    private static final int STREAMS = 3;
    private static final int EVENTS_PER_STREAM = 5;

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    TestReadModel readModel;
    @Inject
    Pool pool;

    @Test
    void appends_succeed_while_kafka_is_down_and_every_event_arrives_once_in_stream_order_when_it_returns()
            throws Exception {
        drain(publisher, pool);
        List<String> streams = IntStream.range(0, STREAMS).mapToObj(i -> newStream()).toList();

        KafkaBroker.halt();
        try {
            for (int version = 0; version < EVENTS_PER_STREAM; version++) {
                for (String stream : streams) {
                    store.append(Append.to(stream, version, List.of(anEvent(version)), metadata()))
                            .await().indefinitely();
                }
            }
            // A pass that finds nothing below the oldest running transaction sends nothing; the next one tries Kafka.
            await("a pass to fail while Kafka is down", Duration.ofSeconds(120), () -> {
                try {
                    publisher.publishOnce();
                    return false;
                } catch (Exception kafkaDown) {
                    return true;
                }
            });
        } finally {
            KafkaBroker.resume();
        }
        await("the publisher to get through once Kafka is back", Duration.ofSeconds(120), () -> {
            try {
                drain(publisher, pool);
                return true;
            } catch (Exception stillDown) {
                return false;
            }
        });

        Set<String> ours = Set.copyOf(streams);
        List<ConsumerRecord<String, String>> records = TopicReader.readToEnd(PublisherTestSupport.TOPIC, Duration.ofSeconds(120))
                .stream().filter(record -> ours.contains(record.key())).toList();
        Map<String, List<String>> versionsByStream = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(r -> header(r, CloudEventRecords.STREAM_VERSION),
                        Collectors.toList())));
        List<String> inOrder = List.of("1", "2", "3", "4", "5");
        for (String stream : streams) {
            assertEquals(inOrder, versionsByStream.get(stream), "every event of " + stream + " arrived once, in stream order");
        }
        for (String stream : streams) {
            await("the read model to apply " + stream, Duration.ofSeconds(60),
                    () -> readModel.appliedVersions(stream).size() >= EVENTS_PER_STREAM);
            assertEquals(List.of(1, 2, 3, 4, 5), readModel.appliedVersions(stream), "each event applied once");
        }
    }
}

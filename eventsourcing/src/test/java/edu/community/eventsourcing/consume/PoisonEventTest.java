package edu.community.eventsourcing.consume;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.EventsourcingTestSupport.publishEverything;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.publish.OutboxPublisher;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.KafkaBroker;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PoisonEventTest {

    private static final String DEAD_LETTERS = "edu.community.events.test-read-model.dlq";

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    TestReadModel readModel;
    @Inject
    Pool pool;
    @Inject
    MeterRegistry metrics;

    @Test
    void a_poison_event_goes_to_the_dead_letter_topic_with_its_reason_and_the_partition_moves_on() throws Exception {
        String poisonKey = "poison-" + newStream();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("edu.community.events", poisonKey, "{not a cloud event")).get();
        }
        String stream = newStream();
        store.append(Append.to(stream, 0, List.of(anEvent(1)), metadata())).await().indefinitely();
        publishEverything(publisher, pool);

        await("the event after the poison one to be applied", Duration.ofSeconds(60),
                () -> readModel.appliedVersions(stream).equals(List.of(1)));
        List<ConsumerRecord<String, String>> dead = TopicReader.readUntil(DEAD_LETTERS,
                records -> records.stream().anyMatch(r -> poisonKey.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> letter = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("the poison event is on " + DEAD_LETTERS));
        String reason = new String(letter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("ce_type"), "the reason names what is wrong: " + reason);
        assertTrue(metrics.counter("eventsourcing.consumer.dead.letters", "consumer", "test-read-model").count() >= 1);
        assertEquals("{not a cloud event", letter.value());
    }
}

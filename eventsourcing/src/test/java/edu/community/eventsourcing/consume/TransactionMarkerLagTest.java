package edu.community.eventsourcing.consume;

import static edu.community.eventsourcing.EventsourcingTestSupport.await;

import edu.community.eventsourcing.testing.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * A group that applied every record of a topic written in Kafka transactions stands one offset short of the end
 * wherever a commit marker follows its last record (it commits the offset after the record, as SmallRye does). Its
 * lag counts records, not markers: 0 when caught up, so an idle read model is never reported stalled (it was: lag 3
 * on a quiet three-partition topic took every consumer's readiness DOWN), and the records it has not applied.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TransactionMarkerLagTest {

    private static final String TOPIC = "edu.test.lag-markers";
    private static final String GROUP = "lag-markers";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> connection;

    @Test
    void a_group_behind_commit_markers_only_has_no_lag() throws Exception {
        try (Admin admin = Admin.create(new HashMap<>(connection));
             KafkaProducer<String, String> producer = transactionalProducer()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            producer.initTransactions();
            inTransaction(producer, 2); // offsets 0 and 1, the commit marker at 2
            commit(admin, 2);
            LiveConsumers consumers = new LiveConsumers(config(), new SimpleMeterRegistry(), connection,
                    Duration.ofMillis(200), Duration.ofSeconds(1));
            consumers.start(null);
            try {
                inTransaction(producer, 1); // offset 3, the commit marker at 4: two markers and one record to read
                await("a lag of the one record not applied", PATIENCE, () -> lag(consumers) == 1);

                commit(admin, 4); // the group applied the record: only the marker at 4 lies ahead
                await("no lag once only a commit marker lies ahead", PATIENCE, () -> lag(consumers) == 0
                        && consumers.lags().get(0).stalledFor().isZero());
            } finally {
                consumers.stop(null);
            }
        }
    }

    private Config config() {
        Map<String, String> channel = Map.of("mp.messaging.incoming.markers.connector", "smallrye-kafka",
                "mp.messaging.incoming.markers.topic", TOPIC, "mp.messaging.incoming.markers.group.id", GROUP);
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(channel, "test", 500)).build();
    }

    private static long lag(LiveConsumers consumers) {
        LiveConsumers.Lag lag = consumers.lags().get(0);
        return lag.measureError().isPresent() ? -1 : lag.lag();
    }

    private KafkaProducer<String, String> transactionalProducer() {
        Map<String, Object> settings = new HashMap<>(connection);
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-markers-test");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private static void inTransaction(KafkaProducer<String, String> producer, int records) {
        producer.beginTransaction();
        for (int i = 0; i < records; i++) {
            producer.send(new ProducerRecord<>(TOPIC, "key", "value " + i));
        }
        producer.commitTransaction();
    }

    private static void commit(Admin admin, long offset) throws Exception {
        admin.alterConsumerGroupOffsets(GROUP, Map.of(PARTITION, new OffsetAndMetadata(offset))).all()
                .get(30, TimeUnit.SECONDS);
    }
}

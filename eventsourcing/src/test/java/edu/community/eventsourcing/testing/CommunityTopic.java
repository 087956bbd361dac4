package edu.community.eventsourcing.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.EventContracts;
import edu.community.contracts.Topics;
import edu.community.eventsourcing.publish.CloudEventRecords;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.StoredEvent;
import edu.community.eventsourcing.store.StreamId;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events on community-service's topic as its publisher does (CloudEvents binary mode, key = stream
 * id), so that a service that consumes the topic is fed in a test exactly what it reads in production; and
 * waits until the consumer has applied them.
 */
public final class CommunityTopic implements AutoCloseable {

    private final ObjectMapper json;
    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Integer> versions = new HashMap<>();
    private final List<UUID> published = new ArrayList<>();

    public CommunityTopic(ObjectMapper json) {
        this(json, Topics.COMMUNITY);
    }

    /** The same records on another topic, for a test that must not disturb the readers of the community topic. */
    public CommunityTopic(ObjectMapper json, String topic) {
        this.json = json;
        this.topic = topic;
        createTopic(topic, 3);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes one event as the next version of its stream; returns its event id. */
    public UUID publish(String stream, Record event) {
        UUID id = UUID.randomUUID();
        StoredEvent stored;
        try {
            stored = new StoredEvent(0, null, stream, versions.merge(stream, 1, Integer::sum), id,
                    EventContracts.cloudEventType(event.getClass()), 1, json.writeValueAsString(event),
                    new EventMetadata(id.toString(), id.toString(), "test", null, null), OffsetDateTime.now(),
                    StreamId.parse(stream).kind());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        producer.send(CloudEventRecords.toRecord(topic, "urn:edu-community:community-service", stored));
        published.add(id);
        return id;
    }

    /** Publishes a record that is no CloudEvent at all, as a broken producer might. */
    public void publishUnreadable(String key, String value) {
        producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
    }

    public void flush() {
        producer.flush();
    }

    /** Waits (up to 180 s) until every event published so far is in the inbox of {@code consumer}. */
    public void awaitApplied(Pool pool, String consumer) {
        producer.flush();
        UUID[] ids = published.toArray(UUID[]::new);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long applied = 0;
        while (System.nanoTime() < deadline) {
            applied = pool.preparedQuery("select count(*) from es_inbox where consumer = $1 and event_id = any($2)")
                    .execute(Tuple.of(consumer, ids)).await().indefinitely().iterator().next().getLong(0);
            if (applied == ids.length) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + consumer, e);
            }
        }
        throw new AssertionError(applied + " of " + ids.length + " community events applied by " + consumer
                + " within 180 s");
    }

    @Override
    public void close() {
        producer.close();
    }

    public static void createTopic(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

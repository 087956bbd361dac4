package edu.community.assessment.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.EventContracts;
import edu.community.contracts.Topics;
import edu.community.eventsourcing.publish.CloudEventRecords;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.StoredEvent;
import edu.community.eventsourcing.store.StreamId;
import edu.community.eventsourcing.testing.KafkaBroker;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events on community-service's topic as its publisher does (CloudEvents binary mode, key = stream
 * id), so that assessment-service is fed exactly what it reads in production.
 */
public final class CommunityTopic implements AutoCloseable {

    private final ObjectMapper json;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Integer> versions = new HashMap<>();

    public CommunityTopic(ObjectMapper json) {
        this.json = json;
        createTopic(Topics.COMMUNITY, 3);
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
                    new EventMetadata(id.toString(), null, "test", null), OffsetDateTime.now(),
                    StreamId.parse(stream).kind());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        producer.send(CloudEventRecords.toRecord(Topics.COMMUNITY, "urn:edu-community:community-service", stored));
        return id;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    public static void createTopic(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            admin.createTopics(java.util.List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
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

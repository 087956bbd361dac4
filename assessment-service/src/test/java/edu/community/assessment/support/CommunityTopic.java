package edu.community.assessment.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.contracts.EventContracts;
import edu.community.contracts.Topics;
import edu.community.eventsourcing.publish.CloudEventRecords;
import edu.community.eventsourcing.testing.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
        int version = versions.merge(stream, 1, Integer::sum);
        UUID id = UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventRecords.SPEC_VERSION, "1.0");
        add(headers, CloudEventRecords.ID, id.toString());
        add(headers, CloudEventRecords.SOURCE, "urn:edu-community:community-service");
        add(headers, CloudEventRecords.TYPE, EventContracts.cloudEventType(event.getClass()));
        add(headers, CloudEventRecords.SUBJECT, stream);
        add(headers, CloudEventRecords.TIME, OffsetDateTime.now().toString());
        add(headers, CloudEventRecords.CONTENT_TYPE, "application/json");
        add(headers, CloudEventRecords.CORRELATION_ID, id.toString());
        add(headers, CloudEventRecords.STREAM_VERSION, Integer.toString(version));
        try {
            producer.send(new ProducerRecord<>(Topics.COMMUNITY, null, stream, json.writeValueAsBytes(event), headers));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

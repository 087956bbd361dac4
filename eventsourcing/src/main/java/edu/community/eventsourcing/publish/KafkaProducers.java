package edu.community.eventsourcing.publish;

import edu.community.eventsourcing.EventsourcingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.smallrye.common.annotation.Identifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the producers the library sends with, and the topic when it does not exist. Every client starts from
 * the service's {@code kafka.*} configuration (bootstrap servers, TLS, SASL), the same the SmallRye channels use.
 */
@ApplicationScoped
public class KafkaProducers {

    private final Map<String, Object> connection;
    private final EventsourcingConfig config;
    private final String transactionalId;

    public KafkaProducers(@Identifier("default-kafka-broker") Map<String, Object> connection,
                          EventsourcingConfig config,
                          @ConfigProperty(name = "eventsourcing.publisher.transactional-id") Optional<String> transactionalId) {
        this.connection = Map.copyOf(connection);
        this.config = config;
        this.transactionalId = transactionalId.orElse(config.topic() + ".publisher");
    }

    /** An idempotent producer ({@code acks=all}) for records that are not events of a stream (report snapshots). */
    public Producer<String, byte[]> create() {
        return new KafkaProducer<>(properties(), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The publisher's transactional producer, initialised: every batch is one Kafka transaction, so a batch
     * that fails half-way is aborted and invisible to {@code read_committed} consumers. Initialising fences
     * any earlier producer with the same {@code transactional.id} and aborts its open transaction. Every
     * instance of a service uses the same id ({@code eventsourcing.publisher.transactional-id}, by default
     * {@code <topic>.publisher}), so an instance that takes over fences one that lost its turn mid-batch.
     */
    public Producer<String, byte[]> transactional() {
        Map<String, Object> properties = properties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        // A transaction left open by a producer that lost Kafka blocks read_committed consumers until the broker
        // aborts it: no longer than two send time-outs, instead of the client's default minute.
        properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                (int) Math.max(2 * config.publisher().sendTimeout().toMillis(), 10_000));
        Producer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        try {
            producer.initTransactions();
            return producer;
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(connection);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-publisher");
        long timeout = config.publisher().sendTimeout().toMillis();
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout / 2, 10_000));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        properties.putAll(config.publisher().kafka());
        return properties;
    }

    /**
     * Creates the topic with the log kept forever ({@code retention.ms=-1}) unless it exists. Where operators
     * manage topics (Strimzi {@code KafkaTopic}), the topic exists and this changes nothing.
     */
    public void ensureTopic() throws InterruptedException {
        ensureTopic(config.topic(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }

    /** Creates {@code name} with the publisher's partitions and replication and the given configs, unless it exists. */
    public void ensureTopic(String name, Map<String, String> configs) throws InterruptedException {
        try (Admin admin = Admin.create(connection)) {
            NewTopic topic = new NewTopic(name, config.publisher().partitions(), config.publisher().replicationFactor())
                    .configs(configs);
            admin.createTopics(List.of(topic)).all()
                    .get(config.publisher().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating topic " + name, e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name, e.getCause());
            }
        }
    }
}

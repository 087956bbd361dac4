package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.Envelope;
import edu.community.eventsourcing.consume.Envelopes;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Rebuilds a projection from offset zero into a fresh generation of tables while the live one keeps
 * serving, then switches readers and the live consumer to it.
 *
 * <p>The rebuild reads every partition of the projection's topics (committed Kafka transactions only) up to
 * their end, again and again until less than a poll's worth arrived meanwhile. The switch then locks the
 * projection's row (pausing the live consumer), applies what arrived since, points the row at the new schema
 * and commits, so the live consumer waits for no more than that last poll. Events that the live consumer
 * applies afterwards to the new generation and the rebuild already applied are recognised by the
 * generation's record of applied events. The previous generation stays until the next rebuild switches, so
 * a read that chose it just before the switch still finds its tables; the one before it is dropped.
 */
@ApplicationScoped
public class ProjectionRebuilds {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuilds.class);
    private static final Duration DATABASE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DERIVE_TIMEOUT = Duration.ofHours(2);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_POLL_RECORDS = 1000;
    private static final int LOAD_BATCH = 5000;

    private final Pool pool;
    private final Projections projections;
    private final Envelopes envelopes;
    private final Map<String, Object> connection;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong remaining = new AtomicLong();
    private final MeterRegistry metrics;

    public ProjectionRebuilds(Pool pool, Projections projections, Envelopes envelopes, MeterRegistry metrics,
                              @Identifier("default-kafka-broker") Map<String, Object> connection) {
        this.pool = pool;
        this.projections = projections;
        this.envelopes = envelopes;
        this.connection = Map.copyOf(connection);
        this.metrics = metrics;
        metrics.gauge("eventsourcing.projection.rebuild.applied", applied);
        metrics.gauge("eventsourcing.projection.rebuild.remaining", remaining);
    }

    /** What a rebuild did. */
    public record Rebuilt(String projection, String schema, int generation, long events, long skipped,
                          Duration took) {

        public double eventsPerSecond() {
            return events / Math.max(took.toNanos() / 1e9, 1e-9);
        }
    }

    /** Rebuilds and switches; blocking, so call it from a worker thread, never the event loop. */
    public synchronized Rebuilt rebuild(Projection projection) {
        long started = System.nanoTime();
        projections.isCurrent(projection).await().atMost(DATABASE_TIMEOUT); // creates generation 1 on first use
        int generation = pool.preparedQuery("select generation from es_projection where name = $1")
                .execute(Tuple.of(projection.name())).await().atMost(DATABASE_TIMEOUT)
                .iterator().next().getInteger(0) + 1;
        String schema = Projections.schemaOf(projection, generation);
        pool.withTransaction(tx -> tx.query("drop schema if exists " + schema + " cascade").execute()
                        .flatMap(dropped -> Projections.createGeneration(tx, projection, schema, false)))
                .await().atMost(DATABASE_TIMEOUT);
        applied.set(0);
        long[] skipped = {0};
        try (KafkaConsumer<String, String> consumer = consumerFor(projection)) {
            long loading = System.nanoTime();
            catchUp(consumer, projection, schema, skipped, true);
            long deriving = System.nanoTime();
            long loaded = applied.get();
            projection.loaded(pool, schema).await().atMost(DERIVE_TIMEOUT);
            long indexing = System.nanoTime();
            pool.withTransaction(tx -> tx.query("set local statement_timeout = " + DERIVE_TIMEOUT.toMillis()).execute()
                    .flatMap(set -> projection.createIndexes(tx, schema))).await().atMost(DERIVE_TIMEOUT);
            long catching = System.nanoTime();
            catchUp(consumer, projection, schema, skipped, false);
            LOG.infof("%s: %d events loaded in %s, derived in %s, indexed in %s, %d more applied in %s",
                    projection.name(), loaded, Duration.ofNanos(deriving - loading),
                    Duration.ofNanos(indexing - deriving), Duration.ofNanos(catching - indexing),
                    applied.get() - loaded, Duration.ofNanos(System.nanoTime() - catching));
            switchTo(consumer, projection, schema, generation, skipped);
        }
        pool.query("drop schema if exists " + Projections.schemaOf(projection, generation - 2) + " cascade").execute()
                .await().atMost(DATABASE_TIMEOUT);
        Rebuilt rebuilt = new Rebuilt(projection.name(), schema, generation, applied.get(), skipped[0],
                Duration.ofNanos(System.nanoTime() - started));
        LOG.infof("rebuilt %s into %s: %d events (%d unreadable skipped) in %s, %.0f events/s", projection.name(),
                schema, rebuilt.events(), rebuilt.skipped(), rebuilt.took(), rebuilt.eventsPerSecond());
        return rebuilt;
    }

    /**
     * Applies the topics up to their end until less than a poll's worth arrives while catching up; {@code load}
     * hands the batches to {@link Projection#load}, several polls' worth at a time, else each poll to
     * {@link Projection#applyAll}. The next batch is read and decoded while the previous one is being written.
     */
    private void catchUp(KafkaConsumer<String, String> consumer, Projection projection, String schema, long[] skipped,
                         boolean load) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        while (!reached(consumer, end)) {
            CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
            while (!reached(consumer, end)) {
                List<Envelope<Record>> batch = readable(projection, poll(consumer), skipped);
                while (load && batch.size() < LOAD_BATCH && !reached(consumer, end)) {
                    batch.addAll(readable(projection, poll(consumer), skipped));
                }
                finish(writing);
                writing = pool.withTransaction(tx -> apply(tx, projection, schema, batch, load))
                        .subscribeAsCompletionStage();
            }
            finish(writing);
            Map<TopicPartition, Long> now = consumer.endOffsets(consumer.assignment());
            if (behind(now, consumer) >= MAX_POLL_RECORDS) {
                end = now;
            }
        }
    }

    private static void finish(CompletableFuture<Void> writing) {
        try {
            writing.get(DATABASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a rebuild's batch", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a rebuild's batch was not written", e);
        }
    }

    private void switchTo(KafkaConsumer<String, String> consumer, Projection projection, String schema,
                          int generation, long[] skipped) {
        SqlConnection connection = pool.getConnection().await().atMost(DATABASE_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DATABASE_TIMEOUT);
            connection.preparedQuery("select active_schema from es_projection where name = $1 for update")
                    .execute(Tuple.of(projection.name())).await().atMost(DATABASE_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            while (!reached(consumer, end)) {
                apply(connection, projection, schema, readable(projection, poll(consumer), skipped), false)
                        .await().atMost(DATABASE_TIMEOUT);
            }
            connection.preparedQuery("update es_projection set active_schema = $2, generation = $3, layout = $4,"
                            + " switched_at = now() where name = $1")
                    .execute(Tuple.of(projection.name(), schema, generation, projection.layout()))
                    .await().atMost(DATABASE_TIMEOUT);
            tx.commit().await().atMost(DATABASE_TIMEOUT);
        } finally {
            connection.close().await().atMost(DATABASE_TIMEOUT);
        }
    }

    /** The records of a poll as envelopes; one that cannot be read is left out, as the live consumer leaves it. */
    private List<Envelope<Record>> readable(Projection projection, List<ConsumerRecord<String, String>> batch,
                                            long[] skipped) {
        List<Envelope<Record>> readable = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                readable.add(envelopes.read(record));
            } catch (RuntimeException unreadable) {
                // The live consumer sent it to the dead-letter topic; the rebuild leaves it out the same way.
                skipped[0]++;
                metrics.counter("eventsourcing.projection.rebuild.skipped", "projection", projection.name()).increment();
            }
        }
        return readable;
    }

    private Uni<Void> apply(SqlConnection tx, Projection projection, String schema, List<Envelope<Record>> readable,
                            boolean load) {
        return new GenerationInbox(schema).firstTime(tx, readable)
                .flatMap(fresh -> (load ? projection.load(tx, schema, fresh) : projection.applyAll(tx, schema, fresh))
                        .invoke(() -> applied.addAndGet(fresh.size())));
    }

    private List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        consumer.poll(POLL).forEach(batch::add);
        return batch;
    }

    private boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        long left = behind(end, consumer);
        remaining.set(left);
        return left == 0;
    }

    private static long behind(Map<TopicPartition, Long> end, KafkaConsumer<String, String> consumer) {
        long left = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            left += Math.max(0, partition.getValue() - consumer.position(partition.getKey()));
        }
        return left;
    }

    private KafkaConsumer<String, String> consumerFor(Projection projection) {
        Map<String, Object> properties = new HashMap<>(connection);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "rebuild-" + projection.name() + "-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : projection.topics()) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}

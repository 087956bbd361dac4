package edu.community.eventsourcing.publish;

import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.publish.PublicationCheckpoints.Checkpoint;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.StoredEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Sends committed events from the event table (the outbox) to Kafka and records how far it got.
 *
 * <p>Order and completeness: events are read in {@code (tx_id, position)} order and only from transactions
 * older than the oldest one still running ({@code tx_id < pg_snapshot_xmin(pg_current_snapshot())}). Every
 * transaction below that horizon has committed or aborted, so no event can appear later behind the
 * checkpoint: a transaction that took a lower position but commits after a later one is held back until it
 * commits, then sent first. Events of one stream keep their version order, because an append reads the
 * stream's version before its first write, which is when its transaction id is assigned.
 *
 * <p>Delivery: one pass is one database transaction holding an advisory lock (so replicas take turns), one
 * batch sent with the idempotent producer, and the checkpoint written only after Kafka acknowledged every
 * record. A crash between acknowledgement and checkpoint re-sends the batch: delivery is at least once, and
 * consumers discard duplicates by event id (the inbox).
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;
    private final EventStore store;
    private final EventsourcingConfig config;
    private final KafkaProducers producers;
    private final PublicationCheckpoints checkpoints;
    private final AppendNotifications notifications;
    private final String name;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong lagMillis = new AtomicLong();
    private final Counter published;
    private final Counter failures;

    private Producer<String, byte[]> producer;
    private boolean topicReady;
    private volatile boolean running;
    private Thread loop;

    public OutboxPublisher(Pool pool, EventStore store, EventsourcingConfig config, KafkaProducers producers,
                           PublicationCheckpoints checkpoints, AppendNotifications notifications,
                           MeterRegistry metrics) {
        this.pool = pool;
        this.store = store;
        this.config = config;
        this.producers = producers;
        this.checkpoints = checkpoints;
        this.notifications = notifications;
        this.name = config.topic();
        metrics.gauge("eventsourcing.publisher.backlog", backlog);
        metrics.gauge("eventsourcing.publisher.lag.seconds", lagMillis, millis -> millis.get() / 1000.0);
        this.published = metrics.counter("eventsourcing.publisher.published");
        this.failures = metrics.counter("eventsourcing.publisher.failures");
    }

    void start(@Observes StartupEvent startup) {
        if (!config.publisher().enabled()) {
            return;
        }
        running = true;
        notifications.start();
        loop = new Thread(this::run, "outbox-publisher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        notifications.wakeUp();
        if (loop != null) {
            loop.join(DATABASE_TIMEOUT.toMillis());
        }
        notifications.stop();
        closeProducer();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                int sent = publishOnce();
                backoff = Duration.ofMillis(200);
                if (sent < config.publisher().batchSize()) {
                    notifications.await(config.publisher().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("publication to %s failed, retrying in %s: %s", config.topic(), backoff, e.toString());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * One pass: sends the next batch of committed events and moves the checkpoint. Blocking; runs on the
     * publisher's own thread (tests call it directly with the loop disabled).
     *
     * @return how many events were sent; 0 if none was ready or another instance holds the turn
     */
    public synchronized int publishOnce() throws InterruptedException {
        ensureTopic();
        SqlConnection connection = pool.getConnection().await().atMost(DATABASE_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DATABASE_TIMEOUT);
            try {
                int sent = publishBatch(connection);
                tx.commit().await().atMost(DATABASE_TIMEOUT);
                published.increment(sent);
                return sent;
            } catch (RuntimeException | InterruptedException e) {
                tx.rollback().await().atMost(DATABASE_TIMEOUT);
                throw e;
            }
        } finally {
            connection.close().await().atMost(DATABASE_TIMEOUT);
        }
    }

    private int publishBatch(SqlConnection tx) throws InterruptedException {
        boolean myTurn = tx.preparedQuery("select pg_try_advisory_xact_lock(hashtext($1))")
                .execute(Tuple.of("es_publisher:" + name))
                .await().atMost(DATABASE_TIMEOUT)
                .iterator().next().getBoolean(0);
        if (!myTurn) {
            return 0;
        }
        Checkpoint from = checkpoints.load(tx, name).await().atMost(DATABASE_TIMEOUT);
        List<StoredEvent> batch = store.committedAfter(tx, from.txId(), from.position(), config.publisher().batchSize())
                .await().atMost(DATABASE_TIMEOUT);
        if (!batch.isEmpty()) {
            send(batch);
            StoredEvent last = batch.get(batch.size() - 1);
            Checkpoint to = new Checkpoint(last.txId(), last.position());
            checkpoints.save(tx, name, to).await().atMost(DATABASE_TIMEOUT);
            from = to;
        }
        measureBacklog(tx, from);
        return batch.size();
    }

    private void send(List<StoredEvent> batch) throws InterruptedException {
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (StoredEvent event : batch) {
                acks.add(kafka.send(CloudEventRecords.toRecord(config.topic(), config.source(), event)));
            }
            long deadline = System.nanoTime() + config.publisher().sendTimeout().toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            closeProducer();
            throw e;
        } catch (Exception e) {
            // A producer that failed part of a batch is dropped: a fresh one re-sends from the checkpoint.
            closeProducer();
            throw new PublicationFailed(config.topic(), e);
        }
    }

    private void measureBacklog(SqlConnection tx, Checkpoint checkpoint) {
        Row row = tx.preparedQuery("select count(*), min(recorded_at) from es_event where (tx_id, position) > ($1::xid8, $2)")
                .execute(Tuple.of(checkpoint.txId(), checkpoint.position()))
                .await().atMost(DATABASE_TIMEOUT)
                .iterator().next();
        backlog.set(row.getLong(0));
        OffsetDateTime oldest = row.getOffsetDateTime(1);
        lagMillis.set(oldest == null ? 0 : Math.max(0, System.currentTimeMillis() - oldest.toInstant().toEpochMilli()));
    }

    private void ensureTopic() throws InterruptedException {
        if (!topicReady) {
            producers.ensureTopic();
            topicReady = true;
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.create();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kafka did not acknowledge a batch in time; nothing was checkpointed and the batch will be re-sent. */
    public static class PublicationFailed extends RuntimeException {
        PublicationFailed(String topic, Throwable cause) {
            super("Kafka did not acknowledge a batch on " + topic, cause);
        }
    }
}

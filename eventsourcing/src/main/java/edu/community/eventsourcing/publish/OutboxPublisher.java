package edu.community.eventsourcing.publish;

import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.publish.PublicationCheckpoints.Backlog;
import edu.community.eventsourcing.publish.PublicationCheckpoints.Checkpoint;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.StoredEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.jboss.logging.Logger;

/**
 * Sends committed events from the event table (the outbox) to Kafka and records how far it got.
 *
 * <p>Order and completeness: events are read in {@code (tx_id, position)} order and only from transactions
 * older than the oldest one still running ({@code tx_id < pg_snapshot_xmin(pg_current_snapshot())}). Every
 * transaction below that horizon has committed or aborted, so no event can appear later behind the
 * checkpoint: a transaction that took a lower position but commits after a later one is held back until it
 * commits, then sent first. Events of one stream keep their version order whatever their transaction wrote
 * first, because an event's {@code tx_id} is never below its previous version's (migration V1.0.2).
 *
 * <p>Delivery: one pass is one database transaction holding an advisory lock (so replicas take turns), one
 * batch sent in one Kafka transaction, and the checkpoint written after Kafka committed it. A batch that fails
 * half-way is aborted, never visible to {@code read_committed} consumers, and sent again. Only a crash
 * between the Kafka commit and the database commit sends a batch twice.
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
        Duration heldBackRetry = config.publisher().heldBackRetry();
        while (running) {
            try {
                Pass pass = pass();
                backoff = Duration.ofMillis(200);
                if (pass.sent() >= config.publisher().batchSize()) {
                    continue;
                }
                if (pass.heldBack()) {
                    // Events committed behind a transaction still running: it may end without an append, and so
                    // without a notification. Look again soon, less often while it lasts.
                    notifications.await(heldBackRetry);
                    heldBackRetry = min(heldBackRetry.multipliedBy(2), config.publisher().pollInterval());
                } else {
                    heldBackRetry = config.publisher().heldBackRetry();
                    notifications.await(config.publisher().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (PublicationCheckpoints.CheckpointAhead e) {
                failures.increment();
                LOG.error(e.getMessage());
                sleep(Duration.ofSeconds(10));
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
    public int publishOnce() throws InterruptedException {
        return pass().sent();
    }

    /** What a pass did: events sent, and whether committed events were left behind a transaction still running. */
    private record Pass(int sent, boolean heldBack) {
    }

    private synchronized Pass pass() throws InterruptedException {
        ensureTopic();
        SqlConnection connection = pool.getConnection().await().atMost(DATABASE_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DATABASE_TIMEOUT);
            try {
                Pass pass = publishBatch(connection);
                tx.commit().await().atMost(DATABASE_TIMEOUT);
                published.increment(pass.sent());
                return pass;
            } catch (RuntimeException e) {
                tx.rollback().await().atMost(DATABASE_TIMEOUT);
                throw e;
            }
        } finally {
            connection.close().await().atMost(DATABASE_TIMEOUT);
        }
    }

    private Pass publishBatch(SqlConnection tx) {
        boolean myTurn = tx.preparedQuery("select pg_try_advisory_xact_lock(hashtext($1))")
                .execute(Tuple.of("es_publisher:" + name))
                .await().atMost(DATABASE_TIMEOUT)
                .iterator().next().getBoolean(0);
        if (!myTurn) {
            return new Pass(0, false);
        }
        Checkpoint from = checkpoints.load(tx, name).await().atMost(DATABASE_TIMEOUT);
        Backlog pending = measureBacklog(tx, from);
        List<StoredEvent> batch = store.committedAfter(tx, from.txId(), from.position(), config.publisher().batchSize())
                .await().atMost(DATABASE_TIMEOUT);
        if (!batch.isEmpty()) {
            send(batch);
            StoredEvent last = batch.get(batch.size() - 1);
            checkpoints.save(tx, name, new Checkpoint(last.txId(), last.position())).await().atMost(DATABASE_TIMEOUT);
        }
        // The backlog counts the committed events after the checkpoint, publishable or not yet.
        return new Pass(batch.size(), pending.events() > batch.size());
    }

    private void send(List<StoredEvent> batch) {
        try {
            sendInTransaction(batch);
        } catch (PublicationFailed failed) {
            if (!fenced(failed)) {
                throw failed;
            }
            // Every instance shares the transactional id: another one sent since this one did, and fenced it.
            sendInTransaction(batch);
        }
    }

    private void sendInTransaction(List<StoredEvent> batch) {
        try {
            Producer<String, byte[]> kafka = producer();
            kafka.beginTransaction();
            for (StoredEvent event : batch) {
                kafka.send(CloudEventRecords.toRecord(config.topic(), config.source(), event));
            }
            kafka.commitTransaction();
        } catch (RuntimeException e) {
            // The next producer's initTransactions aborts the open transaction before anything is sent again.
            closeProducer();
            throw new PublicationFailed(config.topic(), e);
        }
    }

    private static boolean fenced(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    private Backlog measureBacklog(SqlConnection tx, Checkpoint checkpoint) {
        Backlog pending = checkpoints.backlog(tx, checkpoint).await().atMost(DATABASE_TIMEOUT);
        backlog.set(pending.events());
        lagMillis.set(pending.age().toMillis());
        return pending;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void ensureTopic() throws InterruptedException {
        if (!topicReady) {
            producers.ensureTopic();
            topicReady = true;
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.transactional();
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

    /** Kafka did not commit a batch; its transaction is aborted, nothing was checkpointed and the batch is sent again. */
    public static class PublicationFailed extends RuntimeException {
        PublicationFailed(String topic, Throwable cause) {
            super("Kafka did not commit a batch on " + topic, cause);
        }
    }
}

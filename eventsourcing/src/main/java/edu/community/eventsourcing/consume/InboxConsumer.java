package edu.community.eventsourcing.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The one way a service consumes another topic: read the envelope, apply it once through the inbox. A
 * record that cannot be read or applied fails the message, which the channel's
 * {@code failure-strategy=dead-letter-queue} sends to the dead-letter topic with the reason; it is counted
 * in {@code eventsourcing.consumer.dead.letters} and the partition moves on.
 *
 * <p>Two failures are not the record's fault and never send it to the dead letters nor acknowledge it: a
 * {@link VirtualMachineError} (an {@link OutOfMemoryError}) halts the consumer, which {@link LiveConsumers}
 * reports (readiness DOWN), and any failure once the service is stopping (the connection pool closed under the
 * handler) holds the record. A held record's offset is never committed, so it is read again after a restart.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final Envelopes envelopes;
    private final Inbox inbox;
    private final MeterRegistry metrics;
    private final LiveConsumers live;

    public InboxConsumer(Envelopes envelopes, Inbox inbox, MeterRegistry metrics, LiveConsumers live) {
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.metrics = metrics;
        this.live = live;
    }

    /** Changes a read model in one transaction with the inbox entry. */
    @FunctionalInterface
    public interface Handler {
        Uni<Void> apply(SqlConnection tx, Envelope<Record> envelope);
    }

    public Uni<Void> consume(String consumer, ConsumerRecord<String, String> record, Handler handler) {
        return observe(consumer, record, envelope -> inbox.once(consumer, envelope.id(), tx -> handler.apply(tx, envelope)));
    }

    /**
     * Reads the record and runs {@code once}, which applies it unless it was applied before and says which;
     * for consumers that keep their own record of applied events (projection generations).
     */
    public Uni<Void> observe(String consumer, ConsumerRecord<String, String> record,
                             Function<Envelope<Record>, Uni<Boolean>> once) {
        return Uni.createFrom().item(() -> envelopes.read(record))
                .flatMap(envelope -> once.apply(envelope))
                .invoke(applied -> metrics.counter("eventsourcing.consumer.events", "consumer", consumer,
                        "outcome", applied ? "applied" : "duplicate").increment())
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
                    if (failure instanceof VirtualMachineError || live.stopping()) {
                        return hold(consumer, where, failure);
                    }
                    LOG.warnf("%s cannot apply %s, sending it to the dead-letter topic: %s", consumer, where,
                            failure.toString());
                    metrics.counter("eventsourcing.consumer.dead.letters", "consumer", consumer).increment();
                    return Uni.createFrom().failure(failure);
                });
    }

    /** Neither acknowledges nor fails the record: the consumer stops there and reads it again after a restart. */
    private Uni<Void> hold(String consumer, String where, Throwable failure) {
        if (live.stopping()) {
            LOG.infof("%s holds %s while the service stops (read again after the restart): %s", consumer, where,
                    failure.toString());
            metrics.counter("eventsourcing.consumer.held", "consumer", consumer, "reason", "stopping").increment();
        } else {
            LOG.errorf(failure, "%s halted at %s: the record is kept for after a restart", consumer, where);
            metrics.counter("eventsourcing.consumer.held", "consumer", consumer, "reason", "halted").increment();
            live.halt(consumer, where, failure);
        }
        return Uni.createFrom().nothing();
    }
}

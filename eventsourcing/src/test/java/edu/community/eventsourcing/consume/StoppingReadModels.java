package edu.community.eventsourcing.consume;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Two live consumers that {@link ConsumerStopsTest} stops (their channels are enabled only in its profile): one
 * dies of an {@link OutOfMemoryError} at a chosen stream, the other never finishes the record of another one.
 */
@ApplicationScoped
public class StoppingReadModels {

    static volatile String haltAt = "none";
    static volatile String hangAt = "none";

    private final InboxConsumer consumer;

    public StoppingReadModels(InboxConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("halting")
    public Uni<Void> halting(ConsumerRecord<String, String> record) {
        return consumer.observe("halting-read-model", record, envelope -> {
            if (envelope.subject().equals(haltAt)) {
                throw new OutOfMemoryError("Java heap space (as the report met it under load)");
            }
            return Uni.createFrom().item(true);
        });
    }

    @Incoming("stalling")
    public Uni<Void> stalling(ConsumerRecord<String, String> record) {
        return consumer.observe("stalling-read-model", record, envelope -> envelope.subject().equals(hangAt)
                ? Uni.createFrom().nothing() : Uni.createFrom().item(true));
    }
}

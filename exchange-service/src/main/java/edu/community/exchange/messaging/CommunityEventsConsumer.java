package edu.community.exchange.messaging;

import edu.community.eventsourcing.consume.InboxConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link CommunityFactsRegister} from community-service's topic, each event once (the inbox); an event that
 * cannot be read or applied goes to the channel's dead-letter topic.
 */
@ApplicationScoped
public class CommunityEventsConsumer {

    static final String CONSUMER = "exchange-community-facts";

    private final InboxConsumer inbox;
    private final CommunityFactsRegister facts;

    public CommunityEventsConsumer(InboxConsumer inbox, CommunityFactsRegister facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("community-events")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return inbox.consume(CONSUMER, record, facts::apply);
    }
}

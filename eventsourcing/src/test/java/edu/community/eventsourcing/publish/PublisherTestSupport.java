package edu.community.eventsourcing.publish;

import edu.community.eventsourcing.EventsourcingTestSupport;
import edu.community.eventsourcing.testing.TopicReader;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Drives the publisher pass by pass and reads what reached the topic. */
final class PublisherTestSupport {

    static final String TOPIC = "edu.community.events";

    private PublisherTestSupport() {
    }

    /** Publishes until nothing is left, so that a test starts from an empty backlog. */
    static void drain(OutboxPublisher publisher, Pool pool) {
        EventsourcingTestSupport.publishEverything(publisher, pool);
    }

    /** The records of these streams on the topic, in topic order, once {@code expected} of them arrived. */
    static List<ConsumerRecord<String, String>> recordsOf(Set<String> streams, int expected) {
        return TopicReader.readUntil(TOPIC,
                        records -> records.stream().filter(r -> streams.contains(r.key())).count() >= expected,
                        Duration.ofSeconds(60))
                .stream().filter(r -> streams.contains(r.key())).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}

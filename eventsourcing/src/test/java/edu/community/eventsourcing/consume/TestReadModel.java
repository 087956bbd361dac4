package edu.community.eventsourcing.consume;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import edu.community.eventsourcing.tracing.TraceParents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A read model kept from the topic by a real consumer, as a service keeps one: one row per applied event. */
@ApplicationScoped
public class TestReadModel {

    private final InboxConsumer consumer;
    private final Pool pool;
    private final Map<String, String> traceParentsSeen = new ConcurrentHashMap<>();

    public TestReadModel(InboxConsumer consumer, Pool pool) {
        this.consumer = consumer;
        this.pool = pool;
    }

    @Incoming("community-events")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return consumer.consume("test-read-model", record, (tx, envelope) -> {
            String current = TraceParents.current();
            if (current != null) {
                traceParentsSeen.put(envelope.id().toString(), current);
            }
            return tx.preparedQuery("insert into test_applied_event (stream_id, stream_version, event_id) values ($1, $2, $3)")
                    .execute(Tuple.of(envelope.subject(), envelope.streamVersion(), envelope.id()))
                    .replaceWithVoid();
        });
    }

    /** The trace that was current while the event was applied, if any. */
    public Optional<String> traceParentSeen(String eventId) {
        return Optional.ofNullable(traceParentsSeen.get(eventId));
    }

    /** The versions applied for a stream, in the order they were applied. */
    public List<Integer> appliedVersions(String streamId) {
        List<Integer> versions = new ArrayList<>();
        for (Row row : pool.preparedQuery("select stream_version from test_applied_event where stream_id = $1"
                        + " order by applied_at")
                .execute(Tuple.of(streamId)).await().indefinitely()) {
            versions.add(row.getInteger(0));
        }
        return versions;
    }
}

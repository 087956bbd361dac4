package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A test projection: how many events each stream has and its last version. */
@ApplicationScoped
public class StreamCounts implements Projection {

    private final Projections projections;
    private final Pool pool;

    public StreamCounts(Projections projections, Pool pool) {
        this.projections = projections;
        this.pool = pool;
    }

    @Incoming("counts-live")
    public Uni<Void> on(ConsumerRecord<String, String> record) {
        return projections.applyLive(this, record);
    }

    @Override
    public String name() {
        return "stream_counts";
    }

    @Override
    public List<String> topics() {
        return List.of("edu.community.events");
    }

    @Override
    public Uni<Void> createTables(SqlConnection tx, String schema) {
        return tx.query("create table " + schema + ".stream_count (stream_id text primary key,"
                + " events integer not null, last_version integer not null)").execute().replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, String schema, Envelope<Record> envelope) {
        return tx.preparedQuery("insert into " + schema + ".stream_count (stream_id, events, last_version)"
                        + " values ($1, 1, $2) on conflict (stream_id) do update set events = stream_count.events + 1,"
                        + " last_version = greatest(stream_count.last_version, excluded.last_version)")
                .execute(Tuple.of(envelope.subject(), envelope.streamVersion()))
                .replaceWithVoid();
    }

    /** Every row of the live generation: stream id → "events/last version". */
    public Map<String, String> live() {
        String schema = projections.activeSchema(this).await().indefinitely();
        Map<String, String> rows = new TreeMap<>();
        for (Row row : pool.query("select stream_id, events, last_version from " + schema + ".stream_count")
                .execute().await().indefinitely()) {
            rows.put(row.getString(0), row.getInteger(1) + "/" + row.getInteger(2));
        }
        return rows;
    }
}

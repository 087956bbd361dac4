package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.InboxConsumer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps projections live and tells readers which generation of tables to read. The live consumer and a
 * rebuild's switch-over meet on the projection's row in {@code es_projection}: the live consumer reads it
 * {@code for share}, the switch holds it {@code for update}, and each generation records the events it
 * applied, so an event seen by both the rebuild and the live consumer lands once in each generation.
 */
@ApplicationScoped
public class Projections {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final Pool pool;
    private final InboxConsumer consumer;

    public Projections(Pool pool, InboxConsumer consumer) {
        this.pool = pool;
        this.consumer = consumer;
    }

    /** The schema a reader of the projection reads from; generation 1 is created on first use. */
    public Uni<String> activeSchema(Projection projection) {
        return pool.withTransaction(tx -> activeSchema(tx, projection, false));
    }

    /** Applies a record from the projection's live consumer to the active generation, once. */
    public Uni<Void> applyLive(Projection projection, ConsumerRecord<String, String> record) {
        return consumer.observe(projection.name(), record, envelope -> pool.withTransaction(tx ->
                activeSchema(tx, projection, true).flatMap(schema -> new GenerationInbox(schema)
                        .once(tx, envelope, () -> projection.apply(tx, schema, envelope)))));
    }

    static String schemaOf(Projection projection, int generation) {
        if (!NAME.matcher(projection.name()).matches()) {
            throw new IllegalArgumentException("a projection name is lower-case letters, digits and _: "
                    + projection.name());
        }
        return projection.name() + "_g" + generation;
    }

    /** Creates a generation's schema with the projection's tables and its record of applied events. */
    static Uni<Void> createGeneration(SqlConnection tx, Projection projection, String schema) {
        return tx.query("create schema " + schema).execute()
                .flatMap(created -> new GenerationInbox(schema).create(tx))
                .flatMap(created -> projection.createTables(tx, schema));
    }

    private Uni<String> activeSchema(SqlConnection tx, Projection projection, boolean share) {
        return tx.preparedQuery("select active_schema from es_projection where name = $1" + (share ? " for share" : ""))
                .execute(Tuple.of(projection.name()))
                .flatMap(rows -> rows.size() > 0
                        ? Uni.createFrom().item(rows.iterator().next().getString(0))
                        : createFirstGeneration(tx, projection));
    }

    private Uni<String> createFirstGeneration(SqlConnection tx, Projection projection) {
        String schema = schemaOf(projection, 1);
        return tx.preparedQuery("select pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of("es_projection:" + projection.name()))
                .flatMap(locked -> tx.preparedQuery("select active_schema from es_projection where name = $1")
                        .execute(Tuple.of(projection.name())))
                .flatMap(rows -> rows.size() > 0
                        ? Uni.createFrom().item(rows.iterator().next().getString(0))
                        : createGeneration(tx, projection, schema)
                                .flatMap(created -> tx.preparedQuery(
                                                "insert into es_projection (name, active_schema, generation) values ($1, $2, 1)")
                                        .execute(Tuple.of(projection.name(), schema)))
                                .replaceWith(schema));
    }
}

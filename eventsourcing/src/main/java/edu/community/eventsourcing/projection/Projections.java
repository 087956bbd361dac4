package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.InboxConsumer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
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

    /**
     * The schema a reader of the projection reads from; generation 1 is created on first use. Fails with
     * {@link ProjectionOutdated} while the active generation has an older layout than the projection.
     */
    public Uni<String> activeSchema(Projection projection) {
        return pool.withTransaction(tx -> active(tx, projection, false)).map(active -> {
            if (active.layout() != projection.layout()) {
                throw new ProjectionOutdated(projection.name(), active.layout(), projection.layout());
            }
            return active.schema();
        });
    }

    /** Whether the active generation (created now if there is none) has the projection's layout. */
    public Uni<Boolean> isCurrent(Projection projection) {
        return pool.withTransaction(tx -> active(tx, projection, false))
                .map(active -> active.layout() == projection.layout());
    }

    /**
     * Applies a record from the projection's live consumer to the active generation, once. A generation of an
     * older layout is left as it is: the rebuild that replaces it reads the topics up to the switch, this record
     * included.
     */
    public Uni<Void> applyLive(Projection projection, ConsumerRecord<String, String> record) {
        return consumer.observe(projection.name(), record, envelope -> pool.withTransaction(tx ->
                active(tx, projection, true).flatMap(active -> active.layout() != projection.layout()
                        ? Uni.createFrom().item(false)
                        : new GenerationInbox(active.schema()).once(tx, envelope,
                                () -> projection.apply(tx, active.schema(), envelope)))));
    }

    /** The active generation's schema and the layout of its tables. */
    private record Active(String schema, int layout) {
    }

    static String schemaOf(Projection projection, int generation) {
        if (!NAME.matcher(projection.name()).matches()) {
            throw new IllegalArgumentException("a projection name is lower-case letters, digits and _: "
                    + projection.name());
        }
        return projection.name() + "_g" + generation;
    }

    /**
     * Creates a generation's schema with the projection's tables and its record of applied events; the tables'
     * indexes too unless {@code indexed} is false (a rebuild creates them once it has loaded the topics).
     */
    static Uni<Void> createGeneration(SqlConnection tx, Projection projection, String schema, boolean indexed) {
        return tx.query("create schema " + schema).execute()
                .flatMap(created -> new GenerationInbox(schema).create(tx))
                .flatMap(created -> projection.createTables(tx, schema))
                .flatMap(created -> indexed ? projection.createIndexes(tx, schema) : Uni.createFrom().voidItem());
    }

    private Uni<Active> active(SqlConnection tx, Projection projection, boolean share) {
        return tx.preparedQuery("select active_schema, layout from es_projection where name = $1" + (share ? " for share" : ""))
                .execute(Tuple.of(projection.name()))
                .flatMap(rows -> rows.size() > 0
                        ? Uni.createFrom().item(activeOf(rows.iterator().next()))
                        : createFirstGeneration(tx, projection));
    }

    private Uni<Active> createFirstGeneration(SqlConnection tx, Projection projection) {
        String schema = schemaOf(projection, 1);
        return tx.preparedQuery("select pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of("es_projection:" + projection.name()))
                .flatMap(locked -> tx.preparedQuery("select active_schema, layout from es_projection where name = $1")
                        .execute(Tuple.of(projection.name())))
                .flatMap(rows -> rows.size() > 0
                        ? Uni.createFrom().item(activeOf(rows.iterator().next()))
                        : createGeneration(tx, projection, schema, true)
                                .flatMap(created -> tx.preparedQuery("insert into es_projection"
                                                + " (name, active_schema, generation, layout) values ($1, $2, 1, $3)")
                                        .execute(Tuple.of(projection.name(), schema, projection.layout())))
                                .replaceWith(new Active(schema, projection.layout())));
    }

    private static Active activeOf(Row row) {
        return new Active(row.getString("active_schema"), row.getInteger("layout"));
    }
}

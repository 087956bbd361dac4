package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * A read model kept from one or more topics, in tables that live in a schema of their own per generation,
 * so that it can be rebuilt from offset zero beside the live one and switched in without downtime.
 * Adding a topic to a projection is adding it to {@link #topics()} and handling its events in {@link #apply}.
 */
public interface Projection {

    /** A lower-case name, also the prefix of its schemas, e.g. {@code provincial_report}. */
    String name();

    /** The topics it is built from. */
    List<String> topics();

    /**
     * The version of the projection's tables: raised whenever {@link #createTables} or what the tables hold changes.
     * A generation made with an older layout is not read nor fed live; the service rebuilds it
     * ({@link Projections#isCurrent}) and the switch records the new layout.
     */
    default int layout() {
        return 1;
    }

    /** Creates the projection's tables in {@code schema}, which exists and is empty. */
    Uni<Void> createTables(SqlConnection tx, String schema);

    /**
     * Creates the indexes and constraints of the tables {@link #createTables} made, those that loading does not
     * need. A generation created for the live consumer gets them at once; a rebuild creates them after
     * {@link #loaded}, so that loading the topics does not maintain them row by row. None by default: a projection
     * that does not override this creates them in {@link #createTables}.
     */
    default Uni<Void> createIndexes(SqlConnection tx, String schema) {
        return Uni.createFrom().voidItem();
    }

    /** Applies one event to the tables in {@code schema}; runs once per event and generation. */
    Uni<Void> apply(SqlConnection tx, String schema, Envelope<Record> envelope);

    /**
     * Applies events in their order, each once per generation; a rebuild hands over a poll's worth at a time.
     * One by one unless the projection writes them in bulk, which it may when the result does not depend on
     * the order within the batch.
     */
    default Uni<Void> applyAll(SqlConnection tx, String schema, List<Envelope<Record>> envelopes) {
        // One after the other without nesting a Uni per event: a rebuild's batch of thousands would overflow the stack.
        return Multi.createFrom().iterable(envelopes)
                .onItem().transformToUniAndConcatenate(envelope -> apply(tx, schema, envelope))
                .onItem().ignoreAsUni();
    }

    /**
     * Loads a batch (a few polls' worth) of a rebuild that reads the topics from offset zero, into tables without the
     * indexes of {@link #createIndexes}: {@link #applyAll} unless the projection keeps state derived from what it
     * stored (a read model computed from facts), which it may then derive once in {@link #loaded} rather than after
     * every batch.
     */
    default Uni<Void> load(SqlConnection tx, String schema, List<Envelope<Record>> envelopes) {
        return applyAll(tx, schema, envelopes);
    }

    /**
     * Called once when a rebuild has loaded the topics up to their end, before {@link #createIndexes}, then it
     * applies what arrived meanwhile with {@link #applyAll} and switches; may run several transactions on
     * {@code pool}, also at once. An index that it needs to read what was loaded it creates itself.
     */
    default Uni<Void> loaded(Pool pool, String schema) {
        return Uni.createFrom().voidItem();
    }
}

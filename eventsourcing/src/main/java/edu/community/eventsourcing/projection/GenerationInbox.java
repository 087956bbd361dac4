package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.function.Supplier;

/** The events applied to one generation of a projection, kept in a table of the generation's schema. */
record GenerationInbox(String schema) {

    Uni<Void> create(SqlConnection tx) {
        return tx.query("create table " + schema + ".applied_event (event_id uuid primary key)").execute()
                .replaceWithVoid();
    }

    /** Runs {@code change} unless the event was applied to this generation before; says whether it ran. */
    Uni<Boolean> once(SqlConnection tx, Envelope<Record> envelope, Supplier<Uni<Void>> change) {
        return tx.preparedQuery("insert into " + schema + ".applied_event (event_id) values ($1) on conflict do nothing")
                .execute(Tuple.of(envelope.id()))
                .flatMap(rows -> rows.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : change.get().replaceWith(true));
    }
}

package edu.community.eventsourcing.projection;

import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** The events applied to one generation of a projection, kept in a table of the generation's schema. */
record GenerationInbox(String schema) {

    Uni<Void> create(SqlConnection tx) {
        return tx.query("create table " + schema + ".applied_event (event_id uuid primary key)").execute()
                .replaceWithVoid();
    }

    /** Records the events of a batch as applied; answers those that were not applied before, in their order. */
    Uni<List<Envelope<Record>>> firstTime(SqlConnection tx, List<Envelope<Record>> envelopes) {
        if (envelopes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = envelopes.stream().map(Envelope::id).toArray(UUID[]::new);
        return tx.preparedQuery("insert into " + schema + ".applied_event (event_id) select unnest($1::uuid[])"
                        + " on conflict do nothing returning event_id")
                .execute(Tuple.of(ids))
                .map(rows -> {
                    Set<UUID> fresh = new HashSet<>();
                    rows.forEach(row -> fresh.add(row.getUUID(0)));
                    return envelopes.stream().filter(envelope -> fresh.remove(envelope.id())).toList();
                });
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

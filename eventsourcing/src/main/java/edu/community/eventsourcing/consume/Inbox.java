package edu.community.eventsourcing.consume;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes a consumer idempotent: the event id is recorded in the same transaction as the read-model change,
 * so a re-delivered event changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final Pool pool;

    public Inbox(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code change} once per consumer and event id.
     *
     * @return true if the change ran, false if the event had been processed before
     */
    public Uni<Boolean> once(String consumer, UUID eventId, Function<SqlConnection, Uni<Void>> change) {
        return pool.withTransaction(tx -> tx
                .preparedQuery("insert into es_inbox (consumer, event_id) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(consumer, eventId))
                .flatMap(rows -> rows.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : change.apply(tx).replaceWith(true)));
    }
}

package edu.community.eventsourcing.api;

import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.StoredEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * "What changed after this point" for other systems that keep in sync without re-reading everything.
 * It reads the event store in the publisher's order, below the oldest running transaction, so a caller
 * that follows the cursors never misses an event that committed late.
 */
@ApplicationScoped
public class ChangeFeed {

    private final Pool pool;
    private final EventStore store;

    public ChangeFeed(Pool pool, EventStore store) {
        this.pool = pool;
        this.store = store;
    }

    /**
     * A page of committed events.
     *
     * @param nextCursor where the next page starts; the same cursor again when nothing new has committed,
     *                   so a caller can keep polling with it
     */
    public record Page(List<StoredEvent> events, String nextCursor) {
    }

    /**
     * Events after {@code cursor} (null: from the first event), at most {@code limit}. A cursor beyond every
     * transaction id of the database (ids went backwards: a restore from a logical dump, a new cluster) is
     * refused rather than answered with silence forever.
     */
    public Uni<Page> after(String cursor, int limit) {
        String[] point = decode(cursor);
        return pool.withConnection(connection -> refuseCursorAhead(connection, point[0])
                        .flatMap(ok -> store.committedAfter(connection, point[0], Long.parseLong(point[1]), limit)))
                .map(events -> new Page(events, events.isEmpty() ? encode(point[0], Long.parseLong(point[1]))
                        : encode(events.get(events.size() - 1).txId(), events.get(events.size() - 1).position())));
    }

    private static Uni<Void> refuseCursorAhead(SqlConnection connection, String txId) {
        return connection.preparedQuery("select $1::xid8 >= pg_snapshot_xmax(pg_current_snapshot())")
                .execute(Tuple.of(txId))
                .map(rows -> {
                    if (rows.iterator().next().getBoolean(0)) {
                        throw new BadRequestException("cursor lies beyond every transaction of this database (restored"
                                + " or moved): follow the feed again from the last change you applied");
                    }
                    return null;
                });
    }

    private static String encode(String txId, long position) {
        return Cursors.encode(txId + ":" + position);
    }

    private static String[] decode(String cursor) {
        String point = Cursors.decode(cursor);
        if (point == null) {
            return new String[] {"0", "0"};
        }
        String[] parts = point.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,20}") || !parts[1].matches("\\d{1,19}")) {
            throw new BadRequestException("cursor is not one this API returned");
        }
        return parts;
    }
}

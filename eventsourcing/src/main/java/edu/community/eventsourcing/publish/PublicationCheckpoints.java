package edu.community.eventsourcing.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Where the publisher got to: the last (transaction id, position) Kafka acknowledged. */
@ApplicationScoped
public class PublicationCheckpoints {

    /** The position before the first event. */
    public static final Checkpoint START = new Checkpoint("0", 0);

    /** A point in publication order. */
    public record Checkpoint(String txId, long position) {
    }

    /** Committed or not, the events after a checkpoint and how long the oldest of them has waited. */
    public record Backlog(long events, Duration age) {
    }

    /**
     * The publisher's checkpoint.
     *
     * @throws CheckpointAhead when it lies beyond every transaction id of the database, which nothing but
     *                         transaction ids going backwards (restore from a logical dump, a new cluster) causes
     */
    public Uni<Checkpoint> load(SqlConnection tx, String publisher) {
        return tx.preparedQuery("select last_tx_id::text, last_position,"
                        + " last_tx_id >= pg_snapshot_xmax(pg_current_snapshot()),"
                        + " pg_snapshot_xmax(pg_current_snapshot())::text"
                        + " from es_publication_checkpoint where publisher = $1")
                .execute(Tuple.of(publisher))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return START;
                    }
                    Row row = rows.iterator().next();
                    if (row.getBoolean(2)) {
                        throw new CheckpointAhead(publisher, row.getString(0), row.getString(3));
                    }
                    return new Checkpoint(row.getString(0), row.getLong(1));
                });
    }

    public Uni<Void> save(SqlConnection tx, String publisher, Checkpoint checkpoint) {
        return tx.preparedQuery("insert into es_publication_checkpoint (publisher, last_tx_id, last_position)"
                        + " values ($1, $2::xid8, $3)"
                        + " on conflict (publisher) do update set last_tx_id = excluded.last_tx_id,"
                        + " last_position = excluded.last_position, updated_at = now()")
                .execute(Tuple.of(publisher, checkpoint.txId(), checkpoint.position()))
                .replaceWithVoid();
    }

    /** The events not yet past {@code checkpoint}, including those of transactions still running. */
    public Uni<Backlog> backlog(SqlConnection connection, Checkpoint checkpoint) {
        return connection.preparedQuery("select count(*), min(recorded_at) from es_event where (tx_id, position) > ($1::xid8, $2)")
                .execute(Tuple.of(checkpoint.txId(), checkpoint.position()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, OffsetDateTime.now());
                    return new Backlog(row.getLong(0), age.isNegative() ? Duration.ZERO : age);
                });
    }

    /** The stored checkpoint lies beyond every transaction id the database has handed out. */
    public static class CheckpointAhead extends IllegalStateException {
        CheckpointAhead(String publisher, String checkpointTxId, String nextTxId) {
            super("the publication checkpoint of " + publisher + " is at transaction " + checkpointTxId
                    + " but this database's next transaction id is " + nextTxId + ": transaction ids went backwards"
                    + " (a restore from a logical dump or a move to a new cluster), so every new event sorts before"
                    + " the checkpoint and would never be published. Stop the writers and renumber as described in"
                    + " the eventsourcing README, \"Transaction ids went backwards\"");
        }
    }
}

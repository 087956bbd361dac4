package edu.community.eventsourcing.publish;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Where the publisher got to: the last (transaction id, position) Kafka acknowledged. */
@ApplicationScoped
public class PublicationCheckpoints {

    /** The position before the first event. */
    public static final Checkpoint START = new Checkpoint("0", 0);

    /** A point in publication order. */
    public record Checkpoint(String txId, long position) {
    }

    public Uni<Checkpoint> load(SqlConnection tx, String publisher) {
        return tx.preparedQuery("select last_tx_id::text, last_position from es_publication_checkpoint where publisher = $1")
                .execute(Tuple.of(publisher))
                .map(rows -> rows.size() == 0
                        ? START
                        : new Checkpoint(rows.iterator().next().getString(0), rows.iterator().next().getLong(1)));
    }

    public Uni<Void> save(SqlConnection tx, String publisher, Checkpoint checkpoint) {
        return tx.preparedQuery("insert into es_publication_checkpoint (publisher, last_tx_id, last_position)"
                        + " values ($1, $2::xid8, $3)"
                        + " on conflict (publisher) do update set last_tx_id = excluded.last_tx_id,"
                        + " last_position = excluded.last_position, updated_at = now()")
                .execute(Tuple.of(publisher, checkpoint.txId(), checkpoint.position()))
                .replaceWithVoid();
    }
}

package edu.community.eventsourcing.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The append-only event store of one service: streams of events with a global position. Appends are
 * checked against the expected stream version; the unique {@code (stream_id, stream_version)} makes the
 * check hold under concurrency. The table is also the outbox that {@code OutboxPublisher} reads.
 */
@ApplicationScoped
public class EventStore {

    /**
     * Channel notified on every append (by the table's statement trigger, migration V1.3.1) so that the
     * publisher wakes up when the transaction commits.
     */
    public static final String APPENDED_CHANNEL = "es_event_appended";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "position, tx_id::text, stream_id, stream_version, event_id, event_type,"
            + " schema_version, payload::text, correlation_id, causation_id, actor, region, recorded_at, stream_kind,"
            + " trace_parent";

    private final Pool pool;
    private final EventCodec codec;

    public EventStore(Pool pool, EventCodec codec) {
        this.pool = pool;
        this.codec = codec;
    }

    /** Every event of a stream in version order. */
    public Uni<List<StoredEvent>> read(String streamId) {
        return pool.withConnection(connection -> read(connection, streamId, Integer.MAX_VALUE));
    }

    private Uni<List<StoredEvent>> read(SqlConnection connection, String streamId, int upToVersion) {
        return connection.preparedQuery("select " + COLUMNS + " from es_event where stream_id = $1 and stream_version <= $2"
                        + " order by stream_version")
                .execute(Tuple.of(streamId, upToVersion))
                .map(EventStore::toStoredEvents);
    }

    /** Folds a stream into an aggregate's state. */
    public <S> Uni<Loaded<S>> load(String streamId, S initial, BiFunction<S, Record, S> apply) {
        return pool.withConnection(connection -> load(connection, streamId, Integer.MAX_VALUE, initial, apply));
    }

    /** Folds a stream as far as {@code upToVersion}, on a connection (or in a transaction) the caller owns. */
    public <S> Uni<Loaded<S>> load(SqlConnection connection, String streamId, int upToVersion, S initial,
                                   BiFunction<S, Record, S> apply) {
        return read(connection, streamId, upToVersion).map(events -> {
            S state = initial;
            for (StoredEvent event : events) {
                state = apply.apply(state, codec.decode(event));
            }
            return new Loaded<>(streamId, state, events.size());
        });
    }

    /** Folds a stream as far as {@code upToVersion}: what a replayed request answers with. */
    public <S> Uni<Loaded<S>> load(String streamId, int upToVersion, S initial, BiFunction<S, Record, S> apply) {
        return pool.withConnection(connection -> load(connection, streamId, upToVersion, initial, apply));
    }

    /**
     * Runs a command once per idempotency key: if an earlier request with the key appended, its outcome is
     * answered and the command is not decided again (a retried request gets the first answer, even when
     * deciding again would now be refused). A request that loses a race with its own retry gets the
     * winner's outcome too.
     */
    public <T> Uni<T> idempotent(Optional<IdempotencyKey> key, Supplier<Uni<T>> command,
                                 Function<Appended, Uni<T>> fromEarlierOutcome) {
        if (key.isEmpty()) {
            return command.get();
        }
        return pool.withConnection(connection -> replay(connection, key.get()))
                .flatMap(previous -> previous.isPresent()
                        ? fromEarlierOutcome.apply(previous.get())
                        : command.get().onFailure().recoverWithUni(failure -> pool
                                .withConnection(connection -> replay(connection, key.get()))
                                .flatMap(raced -> fromEarlierOutcome.apply(raced.orElseThrow(() -> propagate(failure))))));
    }

    private static RuntimeException propagate(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    /** Appends in a transaction of its own. */
    public Uni<Appended> append(Append append) {
        return inTransaction(tx -> append(tx, append), Uni.createFrom()::item);
    }

    /**
     * Runs {@code work}, which appends through {@link #append(SqlConnection, Append)}, in one transaction. When a
     * concurrent append took the stream version first, it fails with {@link StreamConflict} naming the version
     * that won; when a concurrent request with the same idempotency key committed first, the winner's outcome
     * is handed to {@code replayed}.
     */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work, Function<Appended, Uni<T>> replayed) {
        return pool.withTransaction(work)
                .onFailure(StreamConflictPending.class).recoverWithUni(pending -> conflictAtCurrentVersion(
                        (StreamConflictPending) pending))
                .onFailure(DuplicateIdempotencyKey.class).recoverWithUni(duplicate -> pool
                        .withConnection(connection -> replay(connection, ((DuplicateIdempotencyKey) duplicate).key))
                        .flatMap(winner -> replayed.apply(winner.orElseThrow(() -> new IllegalStateException(
                                "idempotency key vanished: " + ((DuplicateIdempotencyKey) duplicate).key.key())))));
    }

    private <T> Uni<T> conflictAtCurrentVersion(StreamConflictPending pending) {
        return currentVersion(pending.streamId).map(actual -> {
            throw new StreamConflict(pending.streamId, pending.expectedVersion, actual);
        });
    }

    /**
     * Appends within a transaction the caller owns, so that other writes (a read model, an inbox entry)
     * commit or fail with the events. A retry of a request that appended is answered with its outcome; when
     * the two race, the idempotency key recorded first fails the other's transaction
     * ({@code DuplicateIdempotencyKey}), which {@link #inTransaction} answers with the first outcome.
     */
    public Uni<Appended> append(SqlConnection tx, Append append) {
        return insert(tx, append)
                .flatMap(appended -> appended.replayed() || append.idempotencyKey().isEmpty()
                        ? Uni.createFrom().item(appended)
                        : remember(tx, append.idempotencyKey().get(), append.streamId(), appended.version())
                                .replaceWith(appended));
    }

    /** The current version of a stream: 0 if it has no event. */
    public Uni<Integer> currentVersion(String streamId) {
        return pool.withConnection(connection -> currentVersion(connection, streamId));
    }

    private Uni<Integer> currentVersion(SqlConnection connection, String streamId) {
        return connection.preparedQuery("select coalesce(max(stream_version), 0) from es_event where stream_id = $1")
                .execute(Tuple.of(streamId))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /**
     * One statement: the events are inserted only if the stream is at the expected version, so a stale or a
     * future version inserts nothing and is answered with the actual one; a concurrent append of the same
     * version fails on the unique key. The table's trigger wakes the publishers when the transaction commits.
     */
    private Uni<Appended> insert(SqlConnection tx, Append append) {
        int count = append.events().size();
        UUID[] ids = new UUID[count];
        String[] types = new String[count];
        Integer[] schemaVersions = new Integer[count];
        String[] payloads = new String[count];
        for (int i = 0; i < count; i++) {
            Record event = append.events().get(i);
            ids[i] = UUID.randomUUID();
            types[i] = codec.typeOf(event);
            schemaVersions[i] = codec.versionOf(event);
            payloads[i] = codec.encode(event);
        }
        EventMetadata metadata = append.metadata();
        return tx.preparedQuery("""
                        insert into es_event (stream_id, stream_version, event_id, event_type, schema_version, payload,
                                              correlation_id, causation_id, actor, region, stream_kind, trace_parent)
                        select $1, $2 + e.n, e.id, e.type, e.schema_version, e.payload::jsonb,
                               $7, $8, $9, $10, $11, $12
                        from unnest($3::uuid[], $4::text[], $5::int[], $6::text[])
                             with ordinality as e(id, type, schema_version, payload, n)
                        where (select coalesce(max(stream_version), 0) from es_event where stream_id = $1) = $2""")
                .execute(Tuple.from(new Object[]{append.streamId(), append.expectedVersion(), ids, types,
                        schemaVersions, payloads, metadata.correlationId(), metadata.causationId(), metadata.actor(),
                        metadata.region(), append.stream().kind(), metadata.traceParent()}))
                .onFailure(PgException.class).transform(failure -> uniqueViolationOf(failure,
                        "es_event_stream_id_stream_version_key",
                        () -> new StreamConflictPending(append.streamId(), append.expectedVersion())))
                .flatMap(rows -> rows.rowCount() == count
                        ? Uni.createFrom().item(new Appended(append.streamId(), append.expectedVersion() + count, false))
                        : notAppended(tx, append));
    }

    /** The stream was not at the expected version: a retry of a request that appended gets its outcome. */
    private Uni<Appended> notAppended(SqlConnection tx, Append append) {
        Uni<Optional<Appended>> earlier = append.idempotencyKey()
                .map(key -> replay(tx, key))
                .orElse(Uni.createFrom().item(Optional.empty()));
        return earlier.flatMap(previous -> previous.isPresent()
                ? Uni.createFrom().item(previous.get())
                : currentVersion(tx, append.streamId()).map(actual -> {
                    throw new StreamConflict(append.streamId(), append.expectedVersion(), actual);
                }));
    }

    private Uni<Void> remember(SqlConnection tx, IdempotencyKey key, String streamId, int version) {
        return tx.preparedQuery("insert into es_idempotency (scope, idem_key, request_hash, stream_id, stream_version)"
                        + " values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(key.scope(), key.key(), key.requestHash(), streamId, version))
                .onFailure(PgException.class).transform(failure -> uniqueViolationOf(failure, "es_idempotency_pkey",
                        () -> new DuplicateIdempotencyKey(key)))
                .replaceWithVoid();
    }

    private Uni<Optional<Appended>> replay(SqlConnection connection, IdempotencyKey key) {
        return connection.preparedQuery("select request_hash, stream_id, stream_version from es_idempotency"
                        + " where scope = $1 and idem_key = $2")
                .execute(Tuple.of(key.scope(), key.key()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    if (!row.getString("request_hash").equals(key.requestHash())) {
                        throw new IdempotencyKeyReused(key.key());
                    }
                    return Optional.of(
                            new Appended(row.getString("stream_id"), row.getInteger("stream_version"), true));
                });
    }

    private static Throwable uniqueViolationOf(Throwable failure, String constraint,
                                               Supplier<RuntimeException> translated) {
        PgException pg = (PgException) failure;
        if (UNIQUE_VIOLATION.equals(pg.getSqlState()) && String.valueOf(pg.getErrorMessage()).contains(constraint)) {
            return translated.get();
        }
        return failure;
    }

    /**
     * Events after {@code (txId, position)} in publication order, only from transactions older than the
     * oldest one still running: none of those can still commit, so nothing can later appear before them.
     * The order names the table's columns: a bare {@code tx_id} would be the selected {@code tx_id::text},
     * which sorts 1000 before 999.
     */
    public Uni<List<StoredEvent>> committedAfter(SqlConnection tx, String txId, long position, int limit) {
        return tx.preparedQuery("select " + COLUMNS + " from es_event"
                        + " where (es_event.tx_id, es_event.position) > ($1::xid8, $2)"
                        + " and es_event.tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                        + " order by es_event.tx_id, es_event.position limit $3")
                .execute(Tuple.of(txId, position, limit))
                .map(EventStore::toStoredEvents);
    }

    private static List<StoredEvent> toStoredEvents(RowSet<Row> rows) {
        List<StoredEvent> events = new ArrayList<>(rows.size());
        rows.forEach(row -> events.add(toStoredEvent(row)));
        return events;
    }

    private static StoredEvent toStoredEvent(Row row) {
        return new StoredEvent(
                row.getLong(0), row.getString(1), row.getString(2), row.getInteger(3), row.getUUID(4),
                row.getString(5), row.getInteger(6), row.getString(7),
                new EventMetadata(row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                        row.getString(14)),
                row.getOffsetDateTime(12), row.getString(13));
    }

    /** A concurrent append took the version; the actual version is read after the rollback. */
    private static final class StreamConflictPending extends RuntimeException {
        private final String streamId;
        private final int expectedVersion;

        StreamConflictPending(String streamId, int expectedVersion) {
            super(null, null, false, false);
            this.streamId = streamId;
            this.expectedVersion = expectedVersion;
        }
    }

    /** A concurrent request with the same idempotency key committed first; its outcome is replayed. */
    private static final class DuplicateIdempotencyKey extends RuntimeException {
        private final IdempotencyKey key;

        DuplicateIdempotencyKey(IdempotencyKey key) {
            super(null, null, false, false);
            this.key = key;
        }
    }
}

package edu.community.eventsourcing.command;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.Appended;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import edu.community.eventsourcing.store.StreamConflict;
import edu.community.eventsourcing.store.StreamId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The one way a command is handled: in one transaction, load the stream, decide (reading any facts about
 * other aggregates through the same transaction, with the locks the rule needs), append, keep the
 * in-transaction registers, and answer with the new state and version. An {@code Idempotency-Key} makes a
 * retried request answer with the state its first attempt left, without deciding again.
 */
@ApplicationScoped
public class CommandPipeline {

    private final EventStore store;

    public CommandPipeline(EventStore store) {
        this.store = store;
    }

    /** Decides a command on the state the stream was loaded at; runs inside the command's transaction. */
    @FunctionalInterface
    public interface Decide<S> {
        Uni<Decision> decide(SqlConnection tx, Loaded<S> current);
    }

    /** Keeps a read model exactly as current as the stream, in the append's transaction; not run on a replay. */
    @FunctionalInterface
    public interface Keep<S> {
        Uni<Void> keep(SqlConnection tx, Written<S> written);

        static <S> Keep<S> nothing() {
            return (tx, written) -> Uni.createFrom().voidItem();
        }
    }

    /** Runs a command at the version the request's {@code If-Match} names, or at any version without one. */
    public <S> Uni<Written<S>> run(EventStream<S> stream, CommandRequest request, Decide<S> decide, Keep<S> keep) {
        return run(stream, Expected.of(request.expectedVersion()), request, decide, keep);
    }

    public <S> Uni<Written<S>> run(EventStream<S> stream, Expected expected, CommandRequest request, Decide<S> decide,
                                   Keep<S> keep) {
        return store.idempotent(request.idempotencyKey(),
                () -> store.inTransaction(tx -> attempt(tx, stream, expected, request, decide, keep),
                        earlier -> replay(stream, earlier)),
                earlier -> replay(stream, earlier));
    }

    private <S> Uni<Written<S>> attempt(SqlConnection tx, EventStream<S> stream, Expected expected,
                                        CommandRequest request, Decide<S> decide, Keep<S> keep) {
        return store.load(tx, stream.id().value(), Integer.MAX_VALUE, stream.initial(), stream.apply())
                .flatMap(loaded -> {
                    int at = expected.appendAt(loaded.version());
                    if (at != loaded.version()) {
                        throw new StreamConflict(stream.id().value(), at, loaded.version());
                    }
                    return decide.decide(tx, loaded).flatMap(decision -> decision.events().isEmpty()
                            ? Uni.createFrom().item(new Written<>(stream.id(), loaded.state(), loaded.version(),
                                    List.of(), false))
                            : append(tx, stream, loaded, decision, request, keep));
                });
    }

    private <S> Uni<Written<S>> append(SqlConnection tx, EventStream<S> stream, Loaded<S> loaded, Decision decision,
                                       CommandRequest request, Keep<S> keep) {
        S after = loaded.state();
        for (Record event : decision.events()) {
            after = stream.apply().apply(after, event);
        }
        Written<S> written = new Written<>(stream.id(), after, loaded.version() + decision.events().size(),
                decision.events(), false);
        // A command received over HTTP is caused by the request itself, which its correlation id names.
        EventMetadata metadata = new EventMetadata(request.correlationId(), request.correlationId(),
                request.caller().subject(), decision.region(), request.traceParent());
        return store.append(tx, new Append(stream.id(), loaded.version(), decision.events(), metadata,
                        request.idempotencyKey()))
                .flatMap(appended -> appended.replayed()
                        ? replay(stream, appended)
                        : keep.keep(tx, written).replaceWith(written));
    }

    /**
     * The answer of the earlier request. Its stream may differ from this attempt's when the service chose the
     * id (a community formed without an id of the caller's): the earlier one is the record the caller has.
     */
    private <S> Uni<Written<S>> replay(EventStream<S> stream, Appended earlier) {
        String kind = stream.id().kind();
        if (!earlier.streamId().startsWith(kind + "-")) {
            throw new IllegalStateException("idempotency key of " + earlier.streamId() + " replayed on " + stream.id());
        }
        StreamId id = new StreamId(kind, earlier.streamId().substring(kind.length() + 1));
        return store.load(id.value(), earlier.version(), stream.initial(), stream.apply())
                .map(loaded -> new Written<>(id, loaded.state(), loaded.version(), List.of(), true));
    }
}

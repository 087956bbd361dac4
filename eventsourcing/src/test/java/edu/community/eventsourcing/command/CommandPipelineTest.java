package edu.community.eventsourcing.command;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.IdempotencyKey;
import edu.community.eventsourcing.store.StoredEvent;
import edu.community.eventsourcing.store.StreamConflict;
import edu.community.eventsourcing.store.StreamId;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CommandPipelineTest {

    private static final Caller CALLER = new Caller("officer-1", Set.of("province-officer"), new Division("330000"),
            Optional.empty());

    @Inject
    CommandPipeline pipeline;

    @Inject
    EventStore store;

    /** A stream whose state is the number of events it holds; kind of two words, as statistics streams have. */
    private static EventStream<Integer> counter() {
        return new EventStream<>(StreamId.of("test-counter", UUID.randomUUID().toString()), 0, (count, event) -> count + 1);
    }

    private static CommandRequest request(Optional<IdempotencyKey> key, OptionalInt ifMatch) {
        return new CommandRequest(CALLER, key, "correlation-" + UUID.randomUUID(), ifMatch, null);
    }

    private static CommandPipeline.Decide<Integer> appendOne(int n) {
        return (tx, current) -> Uni.createFrom().item(Decision.of("330106", List.of(anEvent(n))));
    }

    @Test
    void a_write_answers_with_the_new_state_and_version_and_keeps_its_register_in_the_same_transaction() {
        EventStream<Integer> stream = counter();
        AtomicInteger kept = new AtomicInteger();
        Written<Integer> first = pipeline.run(stream, request(Optional.empty(), OptionalInt.empty()), appendOne(1),
                (tx, written) -> tx.query("select 1").execute().invoke(() -> kept.set(written.version())).replaceWithVoid())
                .await().indefinitely();
        assertEquals(1, first.version());
        assertEquals(1, first.state());
        assertTrue(first.created());
        assertEquals(1, kept.get());

        Written<Integer> second = pipeline.run(stream, request(Optional.empty(), OptionalInt.empty()), appendOne(2),
                CommandPipeline.Keep.nothing()).await().indefinitely();
        assertEquals(2, second.version());
        assertEquals(2, second.state());
        assertTrue(second.changed());
        assertFalse(second.created());

        List<StoredEvent> stored = store.read(stream.id().value()).await().indefinitely();
        assertEquals(2, stored.size());
        assertEquals(stream.id(), stored.get(0).stream(), "the kind of two words is stored, not guessed");
        assertEquals("330106", stored.get(0).metadata().region());
        assertEquals(stored.get(0).metadata().correlationId(), stored.get(0).metadata().causationId(),
                "a command over HTTP is caused by its request");
    }

    @Test
    void a_register_that_fails_leaves_nothing_written() {
        EventStream<Integer> stream = counter();
        assertThrows(IllegalStateException.class, () -> pipeline.run(stream,
                request(Optional.empty(), OptionalInt.empty()), appendOne(1),
                (tx, written) -> Uni.createFrom().failure(new IllegalStateException("register refused"))).await().indefinitely());
        assertEquals(List.of(), store.read(stream.id().value()).await().indefinitely());
    }

    @Test
    void nothing_decided_writes_nothing_and_answers_with_the_current_version() {
        EventStream<Integer> stream = counter();
        pipeline.run(stream, request(Optional.empty(), OptionalInt.empty()), appendOne(1), CommandPipeline.Keep.nothing())
                .await().indefinitely();
        AtomicInteger kept = new AtomicInteger();
        Written<Integer> unchanged = pipeline.run(stream, request(Optional.empty(), OptionalInt.empty()),
                (tx, current) -> Uni.createFrom().item(Decision.nothing()),
                (tx, written) -> Uni.createFrom().voidItem().invoke(kept::incrementAndGet)).await().indefinitely();
        assertEquals(1, unchanged.version());
        assertFalse(unchanged.changed());
        assertEquals(0, kept.get(), "a register is kept only when something was written");
    }

    @Test
    void an_expected_version_that_is_not_the_current_one_is_a_conflict_naming_the_current_one() {
        EventStream<Integer> stream = counter();
        pipeline.run(stream, request(Optional.empty(), OptionalInt.empty()), appendOne(1), CommandPipeline.Keep.nothing())
                .await().indefinitely();

        StreamConflict stale = assertThrows(StreamConflict.class, () -> pipeline.run(stream,
                request(Optional.empty(), OptionalInt.of(0)), appendOne(2), CommandPipeline.Keep.nothing())
                .await().indefinitely());
        assertEquals(1, stale.actualVersion());
        StreamConflict exists = assertThrows(StreamConflict.class, () -> pipeline.run(stream, Expected.noStream(),
                request(Optional.empty(), OptionalInt.empty()), appendOne(2), CommandPipeline.Keep.nothing())
                .await().indefinitely());
        assertEquals(1, exists.actualVersion());

        Written<Integer> exact = pipeline.run(stream, request(Optional.empty(), OptionalInt.of(1)), appendOne(2),
                CommandPipeline.Keep.nothing()).await().indefinitely();
        assertEquals(2, exact.version());
    }

    @Test
    void a_retried_request_answers_with_the_state_its_first_attempt_left_without_deciding_again() {
        EventStream<Integer> stream = counter();
        IdempotencyKey key = new IdempotencyKey("officer-1 test", UUID.randomUUID().toString(), "hash");
        AtomicInteger decided = new AtomicInteger();
        CommandPipeline.Decide<Integer> counting = (tx, current) -> {
            decided.incrementAndGet();
            return appendOne(1).decide(tx, current);
        };
        Written<Integer> first = pipeline.run(stream, request(Optional.of(key), OptionalInt.empty()), counting,
                CommandPipeline.Keep.nothing()).await().indefinitely();
        pipeline.run(stream, request(Optional.empty(), OptionalInt.empty()), appendOne(2), CommandPipeline.Keep.nothing())
                .await().indefinitely();

        Written<Integer> retried = pipeline.run(stream, request(Optional.of(key), OptionalInt.empty()), counting,
                CommandPipeline.Keep.nothing()).await().indefinitely();
        assertTrue(retried.replayed());
        assertEquals(first.version(), retried.version());
        assertEquals(first.state(), retried.state(), "the state at the first attempt's version, not the latest");
        assertEquals(1, decided.get());
        assertEquals(2, store.read(stream.id().value()).await().indefinitely().size());
    }
}

package edu.community.eventsourcing.store;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ConcurrentAppendTest {

    @Inject
    EventStore store;

    @Test
    void twenty_concurrent_appends_at_the_same_version_let_exactly_one_through() throws Exception {
        String stream = newStream();
        store.append(Append.to(stream, 0, List.of(anEvent(0)), metadata())).await().indefinitely();

        List<CompletableFuture<Appended>> attempts = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            attempts.add(store.append(Append.to(stream, 1, List.of(anEvent(i)), metadata()))
                    .subscribeAsCompletionStage());
        }
        int succeeded = 0;
        int conflicts = 0;
        for (CompletableFuture<Appended> attempt : attempts) {
            try {
                assertEquals(2, attempt.get(30, TimeUnit.SECONDS).version());
                succeeded++;
            } catch (java.util.concurrent.ExecutionException e) {
                StreamConflict conflict = (StreamConflict) (e.getCause() instanceof CompletionException
                        ? e.getCause().getCause() : e.getCause());
                assertEquals(1, conflict.expectedVersion());
                assertEquals(2, conflict.actualVersion());
                conflicts++;
            }
        }

        assertEquals(1, succeeded);
        assertEquals(19, conflicts);
        List<Integer> versions = store.read(stream).await().indefinitely().stream()
                .map(StoredEvent::streamVersion).toList();
        assertEquals(List.of(1, 2), versions, "no gap and no duplicate version");
    }

    @Test
    void a_stale_expected_version_is_refused_with_the_current_one() {
        String stream = newStream();
        store.append(Append.to(stream, 0, List.of(anEvent(1), anEvent(2)), metadata())).await().indefinitely();

        StreamConflict conflict = null;
        try {
            store.append(Append.to(stream, 1, List.of(anEvent(3)), metadata())).await().indefinitely();
        } catch (StreamConflict e) {
            conflict = e;
        }
        assertTrue(conflict != null, "a stale append is refused");
        assertEquals(2, conflict.actualVersion());
    }

    @Test
    void a_retried_append_with_the_same_idempotency_key_writes_once_and_returns_the_first_outcome() {
        String stream = newStream();
        IdempotencyKey key = new IdempotencyKey("caller POST /x", "key-" + stream, "hash-1");
        Append append = Append.to(stream, 0, List.of(anEvent(1)), metadata()).withIdempotencyKey(key);

        Appended first = store.append(append).await().indefinitely();
        Appended retried = store.append(append).await().indefinitely();

        assertEquals(new Appended(stream, 1, false), first);
        assertEquals(new Appended(stream, 1, true), retried);
        assertEquals(1, store.read(stream).await().indefinitely().size());
    }
}

package edu.community.eventsourcing.projection;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.EventsourcingTestSupport.publishEverything;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.publish.OutboxPublisher;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ProjectionRebuildStressTest {

    private static final int WRITERS = 8;
    private static final int STREAMS_PER_WRITER = 10;
    private static final int VERSIONS = 25;
    private static final int MIN_REBUILDS = 3;

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    StreamCounts counts;
    @Inject
    ProjectionRebuilds rebuilds;
    @Inject
    Projections projections;
    @Inject
    Pool pool;

    @Test
    void rebuilds_repeated_while_eight_writers_append_on_a_busy_machine_keep_every_event_exactly_once()
            throws Exception {
        List<List<String>> streamsByWriter = IntStream.range(0, WRITERS)
                .mapToObj(w -> IntStream.range(0, STREAMS_PER_WRITER).mapToObj(s -> newStream()).toList())
                .toList();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);
        ProjectionRebuilds.Rebuilt last = null;
        try {
            threads.submit(() -> hogOneCore(running));
            Future<?> publishing = threads.submit(() -> publishWhile(running));
            List<Future<?>> writers = new ArrayList<>();
            for (List<String> streams : streamsByWriter) {
                writers.add(threads.submit(() -> write(streams)));
            }
            int rebuilt = 0;
            while (rebuilt < MIN_REBUILDS || writers.stream().anyMatch(writer -> !writer.isDone())) {
                last = rebuilds.rebuild(counts);
                rebuilt++;
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            running.set(false);
            publishing.get(120, TimeUnit.SECONDS);
        } finally {
            running.set(false);
            threads.shutdownNow();
        }
        publishEverything(publisher, pool);

        assertEquals(last.schema(), projections.activeSchema(counts).await().indefinitely());
        Map<String, String> expected = new TreeMap<>();
        streamsByWriter.stream().flatMap(List::stream).forEach(stream -> expected.put(stream, VERSIONS + "/" + VERSIONS));
        try {
            await("every event once in the active generation", Duration.ofSeconds(120), () -> ours(expected).equals(expected));
        } catch (AssertionError timedOut) {
            assertEquals(expected, ours(expected), "events applied / last version per stream in the active generation");
        }
    }

    private Map<String, String> ours(Map<String, String> expected) {
        Map<String, String> rows = new TreeMap<>(counts.live());
        rows.keySet().retainAll(expected.keySet());
        return rows;
    }

    private Void write(List<String> streams) {
        for (int version = 0; version < VERSIONS; version++) {
            for (String stream : streams) {
                store.append(Append.to(stream, version, List.of(anEvent(version + 1)), metadata()))
                        .await().atMost(Duration.ofSeconds(60));
            }
        }
        return null;
    }

    private Void publishWhile(AtomicBoolean running) throws InterruptedException {
        while (running.get()) {
            publisher.publishOnce();
        }
        return null;
    }

    private static void hogOneCore(AtomicBoolean running) {
        while (running.get()) {
            Thread.onSpinWait();
        }
    }
}

package edu.community.eventsourcing.projection;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.EventsourcingTestSupport.publishEverything;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.eventsourcing.publish.OutboxPublisher;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ProjectionRebuildTest {

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
    @Inject
    MeterRegistry metrics;

    @Test
    void a_rebuild_from_offset_zero_equals_the_live_projection_and_takes_over_from_it() throws Exception {
        List<String> streams = List.of(newStream(), newStream(), newStream());
        for (int i = 0; i < streams.size(); i++) {
            appendAndPublish(streams.get(i), 0, i + 1);
        }
        awaitTruth("the live projection to catch up");
        Map<String, String> live = counts.live();
        String before = projections.activeSchema(counts).await().indefinitely();

        ProjectionRebuilds.Rebuilt rebuilt = rebuilds.rebuild(counts);

        assertNotEquals(before, rebuilt.schema());
        assertEquals(rebuilt.schema(), projections.activeSchema(counts).await().indefinitely());
        assertEquals(live, counts.live(), "the rebuilt generation equals the live one");

        appendAndPublish(streams.get(0), 1, 2);
        awaitTruth("the live consumer to write into the new generation");
    }

    @Test
    void events_appended_during_a_rebuild_land_once_in_the_new_generation() throws Exception {
        String stream = newStream();
        appendAndPublish(stream, 0, 5);
        CompletableFuture<ProjectionRebuilds.Rebuilt> rebuild = CompletableFuture.supplyAsync(() -> rebuilds.rebuild(counts));
        for (int version = 5; version < 25; version++) {
            appendAndPublish(stream, version, 1);
        }
        rebuild.get();
        // The rebuild's transactions hold the publication horizon while they run: what they held back goes now.
        publishAll();
        awaitTruth("the new generation to hold every event once");
        assertEquals("25/25", counts.live().get(stream));
    }

    @Test
    void a_read_that_chose_a_generation_just_before_a_switch_still_finds_its_tables() throws Exception {
        appendAndPublish(newStream(), 0, 2);
        String chosen = projections.activeSchema(counts).await().indefinitely();

        ProjectionRebuilds.Rebuilt rebuilt = rebuilds.rebuild(counts);

        assertNotEquals(chosen, rebuilt.schema());
        long rows = pool.query("select count(*) from " + chosen + ".stream_count").execute().await().indefinitely()
                .iterator().next().getLong(0);
        assertTrue(rows > 0, "the generation read before the switch still answers");
    }

    @Test
    void a_generation_of_an_older_layout_is_neither_read_nor_fed_until_a_rebuild_brings_it_to_the_current_layout()
            throws Exception {
        String stream = newStream();
        appendAndPublish(stream, 0, 2);
        awaitTruth("the live projection to catch up");
        String old = projections.activeSchema(counts).await().indefinitely();
        pool.preparedQuery("update es_projection set layout = $2 where name = $1")
                .execute(Tuple.of(counts.name(), counts.layout() - 1)).await().indefinitely();

        assertFalse(projections.isCurrent(counts).await().indefinitely());
        ProjectionOutdated outdated = assertThrows(ProjectionOutdated.class,
                () -> projections.activeSchema(counts).await().indefinitely());
        assertEquals(counts.name(), outdated.projection());
        double notApplied = notApplied();
        appendAndPublish(stream, 2, 1);
        await("the live consumer to pass the event by", Duration.ofSeconds(120), () -> notApplied() > notApplied);
        assertEquals(2, countIn(old, stream), "the generation of the older layout is left as it was");

        ProjectionRebuilds.Rebuilt rebuilt = rebuilds.rebuild(counts);

        assertTrue(projections.isCurrent(counts).await().indefinitely());
        assertEquals(rebuilt.schema(), projections.activeSchema(counts).await().indefinitely());
        assertEquals("3/3", counts.live().get(stream), "the rebuild holds the event the live consumer passed by");
        appendAndPublish(stream, 3, 1);
        awaitTruth("the live consumer to feed the rebuilt generation");
    }

    private double notApplied() {
        Counter counter = metrics.find("eventsourcing.consumer.events").tag("consumer", counts.name())
                .tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private long countIn(String schema, String stream) {
        return pool.preparedQuery("select events from " + schema + ".stream_count where stream_id = $1")
                .execute(Tuple.of(stream)).await().indefinitely().iterator().next().getInteger(0);
    }

    private void awaitTruth(String what) {
        try {
            await(what, Duration.ofSeconds(120), () -> counts.live().equals(truth()));
        } catch (AssertionError timedOut) {
            assertEquals(truth(), counts.live(), what);
        }
    }

    private void appendAndPublish(String stream, int version, int events) throws InterruptedException {
        for (int i = 0; i < events; i++) {
            store.append(Append.to(stream, version + i, List.of(anEvent(version + i)), metadata())).await().indefinitely();
        }
        publishAll();
    }

    private void publishAll() {
        publishEverything(publisher, pool);
    }

    /** What the projection must hold: computed from the event store itself. */
    private Map<String, String> truth() {
        Map<String, String> rows = new TreeMap<>();
        for (Row row : pool.query("select stream_id, count(*), max(stream_version) from es_event group by stream_id")
                .execute().await().indefinitely()) {
            rows.put(row.getString(0), row.getLong(1) + "/" + row.getInteger(2));
        }
        return rows;
    }
}

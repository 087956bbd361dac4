package edu.community.eventsourcing;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.publish.OutboxPublisher;
import edu.community.eventsourcing.store.EventMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Small helpers shared by the library's own tests. */
public final class EventsourcingTestSupport {

    private EventsourcingTestSupport() {
    }

    public static String newStream() {
        return "school-test-" + UUID.randomUUID();
    }

    public static SchoolRegistered anEvent(int n) {
        return new SchoolRegistered(String.format("%010d", n), "School " + n, "330106",
                SchoolClassification.RURAL, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 100 + n, false, false, false, LocalDate.of(2026, 9, 1));
    }

    public static EventMetadata metadata() {
        return new EventMetadata(UUID.randomUUID().toString(), null, "test-actor", "330106", null);
    }

    /**
     * Publishes until every appended event is on the topic. A pass publishes only what committed below the oldest
     * running transaction, so a pass that sends nothing while another transaction is open (a consumer applying an
     * event, a rebuild) does not mean nothing is left: wait for the backlog to be empty instead.
     */
    public static void publishEverything(OutboxPublisher publisher, Pool pool) {
        await("every appended event to be published", Duration.ofSeconds(120), () -> {
            try {
                publisher.publishOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return pool.query("select count(*) from es_event e where not exists (select 1 from"
                            + " es_publication_checkpoint c where (e.tx_id, e.position) <= (c.last_tx_id, c.last_position))")
                    .execute().await().atMost(Duration.ofSeconds(60)).iterator().next().getLong(0) == 0;
        });
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

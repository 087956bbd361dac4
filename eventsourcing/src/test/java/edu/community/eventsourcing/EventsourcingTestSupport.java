package edu.community.eventsourcing;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.store.EventMetadata;
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
        return new EventMetadata(UUID.randomUUID().toString(), null, "test-actor", "330106");
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

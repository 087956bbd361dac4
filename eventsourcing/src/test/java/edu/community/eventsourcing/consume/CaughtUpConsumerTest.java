package edu.community.eventsourcing.consume;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.EventsourcingTestSupport.publishEverything;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.health.LiveConsumersCheck;
import edu.community.eventsourcing.publish.OutboxPublisher;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * A consumer that applied everything of a topic written in Kafka transactions has no lag, even where its group's
 * offset stays one short of the end behind a commit marker ({@link TransactionMarkerLagTest}): otherwise an idle,
 * healthy read model would be reported stalled.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class CaughtUpConsumerTest {

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @Inject
    TestReadModel readModel;
    @Inject
    LiveConsumers consumers;
    @Inject
    @Readiness
    LiveConsumersCheck readiness;

    @Test
    void a_consumer_that_applied_every_transaction_has_no_lag() {
        String stream = newStream();
        store.append(Append.to(stream, 0, List.of(anEvent(1)), metadata())).await().atMost(Duration.ofSeconds(30));
        publishEverything(publisher, pool);

        await("the read model to apply the event", Duration.ofSeconds(120), () -> readModel.appliedVersions(stream).size() == 1);
        await("the channel's lag to be measured as 0", Duration.ofSeconds(120), () -> consumers.lags().stream()
                .filter(lag -> lag.channel().name().equals("community-events"))
                .allMatch(lag -> lag.lag() == 0 && lag.measureError().isEmpty()));
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), readiness.call().toString());
    }
}

package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.health.PublisherLagCheck;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.api.Wellness;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class PublisherLagTest {

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    @Wellness
    PublisherLagCheck lag;
    @Inject
    Pool pool;

    @Test
    void an_event_unpublished_for_longer_than_the_threshold_degrades_health_until_it_is_published() throws Exception {
        drain(publisher, pool);
        String stream = newStream();
        store.append(Append.to(stream, 0, List.of(anEvent(1)), metadata())).await().indefinitely();
        pool.preparedQuery("update es_event set recorded_at = now() - interval '2 minutes' where stream_id = $1")
                .execute(Tuple.of(stream)).await().indefinitely();

        HealthCheckResponse lagging = lag.call().await().indefinitely();
        assertEquals(HealthCheckResponse.Status.DOWN, lagging.getStatus(), "two minutes behind, threshold one");
        Map<String, Object> data = lagging.getData().orElseThrow();
        assertEquals(1L, ((Number) data.get("unpublished-events")).longValue());

        drain(publisher, pool);
        assertEquals(HealthCheckResponse.Status.UP, lag.call().await().indefinitely().getStatus());
    }
}

package edu.community.eventsourcing.consume;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TopicReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * At shutdown the connection pool closes under the live consumers ("Pool closed"): the record in flight must be
 * held for after the restart, never sent to the dead letters nor acknowledged, or the read model misses it.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class ShutdownHoldTest {

    /** A topic of its own: the test application's readers compare the community topic with the event store. */
    static final String TOPIC = "edu.test.shutdown-hold";

    @Inject
    ObjectMapper json;
    @Inject
    Envelopes envelopes;
    @Inject
    Vertx vertx;
    @Inject
    Config config;

    @Test
    void a_record_that_fails_because_the_service_stops_is_held_not_dead_lettered() {
        ConsumerRecord<String, String> record = aRecord();
        Pool closed = PgPool.pool(vertx, PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getValue("quarkus.datasource.password", String.class)), new PoolOptions().setMaxSize(1));
        closed.close().await().atMost(Duration.ofSeconds(30));

        SimpleMeterRegistry running = new SimpleMeterRegistry();
        UniAssertSubscriber<Void> beforeShutdown = consumer(closed, running, false).consume("shutdown-hold", record,
                (tx, envelope) -> Uni.createFrom().voidItem()).subscribe().withSubscriber(UniAssertSubscriber.create());
        beforeShutdown.awaitFailure(Duration.ofSeconds(60));
        assertEquals(1.0, running.counter("eventsourcing.consumer.dead.letters", "consumer", "shutdown-hold").count(),
                "while running, a failure is the record's: it goes to the dead letters");

        SimpleMeterRegistry stopping = new SimpleMeterRegistry();
        UniAssertSubscriber<Void> atShutdown = consumer(closed, stopping, true).consume("shutdown-hold", record,
                (tx, envelope) -> Uni.createFrom().voidItem()).subscribe().withSubscriber(UniAssertSubscriber.create());
        await("the record held", Duration.ofSeconds(60),
                () -> stopping.counter("eventsourcing.consumer.held", "consumer", "shutdown-hold", "reason", "stopping").count() == 1);
        atShutdown.assertNotTerminated();
        assertEquals(0.0, stopping.counter("eventsourcing.consumer.dead.letters", "consumer", "shutdown-hold").count());
    }

    private InboxConsumer consumer(Pool pool, SimpleMeterRegistry metrics, boolean stopping) {
        LiveConsumers live = new LiveConsumers(config, metrics, Map.of(), Duration.ofSeconds(5), Duration.ofSeconds(30));
        if (stopping) {
            live.markStopping();
        }
        return new InboxConsumer(envelopes, new Inbox(pool), metrics, live);
    }

    private ConsumerRecord<String, String> aRecord() {
        String stream = "school-9900000101";
        try (CommunityTopic topic = new CommunityTopic(json, TOPIC)) {
            topic.publish(stream, anEvent(101));
            topic.flush();
        }
        return TopicReader.readUntil(TOPIC, records -> records.stream().anyMatch(r -> stream.equals(r.key())),
                        Duration.ofSeconds(60)).stream().filter(r -> stream.equals(r.key())).findFirst().orElseThrow();
    }
}

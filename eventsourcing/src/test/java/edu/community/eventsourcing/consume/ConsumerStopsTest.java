package edu.community.eventsourcing.consume;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.health.LiveConsumersCheck;
import edu.community.eventsourcing.testing.CommunityTopic;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * A live consumer that stops is never silent: readiness goes DOWN and the lag gauge counts what it has not applied,
 * whether it died of an error (halted at once, its record neither dead-lettered nor acknowledged) or simply stopped
 * making progress (noticed by its group's offsets standing still behind the end of the topic).
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
@TestProfile(ConsumerStopsTest.StoppableConsumers.class)
class ConsumerStopsTest {

    public static class StoppableConsumers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.halting.enabled", "true",
                    "mp.messaging.incoming.stalling.enabled", "true",
                    "eventsourcing.consumer.lag-interval", "PT0.5S",
                    "eventsourcing.consumer.stall-threshold", "PT5S");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Their own topic: the other readers of the test application compare the community topic with the event store. */
    static final String TOPIC = "edu.test.consumer-stops";

    @Inject
    ObjectMapper json;
    @Inject
    LiveConsumers consumers;
    @Inject
    @Readiness
    LiveConsumersCheck readiness;
    @Inject
    MeterRegistry metrics;

    @Test
    void a_stopped_consumer_takes_readiness_down_and_its_lag_says_by_how_much() {
        try (CommunityTopic topic = new CommunityTopic(json, TOPIC)) {
            topic.publish("school-9900000000", anEvent(0));
            topic.flush();
        }
        await("both consumers applied a first record", PATIENCE, () -> applied("halting-read-model") >= 1
                && applied("stalling-read-model") >= 1 && lag("halting") == 0 && lag("stalling") == 0);
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), readiness.call().toString());

        StoppingReadModels.hangAt = "school-9900000001";
        try (CommunityTopic topic = new CommunityTopic(json, TOPIC)) {
            topic.publish(StoppingReadModels.hangAt, anEvent(1));
            topic.flush();
        }
        await("the stalled channel reported", PATIENCE, () -> data().containsKey("stalling.stopped"));
        HealthCheckResponse stalled = readiness.call();
        assertEquals(HealthCheckResponse.Status.DOWN, stalled.getStatus());
        assertTrue(lag("stalling") >= 1, "the lag counts the record it never finished");
        assertTrue(gauge("eventsourcing.consumer.lag", "stalling") >= 1);
        assertTrue(gauge("eventsourcing.consumer.stalled.seconds", "stalling") >= 5);
        await("the other consumer applied the same record", PATIENCE, () -> lag("halting") == 0);

        StoppingReadModels.haltAt = "school-9900000002";
        try (CommunityTopic topic = new CommunityTopic(json, TOPIC)) {
            topic.publish(StoppingReadModels.haltAt, anEvent(2));
            topic.publish("school-9900000003", anEvent(3));
            topic.flush();
        }
        await("the halted consumer reported", PATIENCE, () -> data().containsKey("halting-read-model.halted"));
        assertTrue(String.valueOf(data().get("halting-read-model.halted")).contains("OutOfMemoryError"), data().toString());
        await("the halted channel's lag counts what it missed", PATIENCE, () -> gauge("eventsourcing.consumer.lag", "halting") >= 2);
        assertEquals(0.0, metrics.counter("eventsourcing.consumer.dead.letters", "consumer", "halting-read-model").count(),
                "an error of the service itself sends no record to the dead letters");
    }

    private double applied(String consumer) {
        return metrics.counter("eventsourcing.consumer.events", "consumer", consumer, "outcome", "applied").count();
    }

    private Map<String, Object> data() {
        return readiness.call().getData().orElse(Map.of());
    }

    private long lag(String channel) {
        return consumers.lags().stream().filter(lag -> lag.channel().name().equals(channel))
                .mapToLong(LiveConsumers.Lag::lag).findFirst().orElse(-1);
    }

    private double gauge(String name, String channel) {
        Gauge gauge = metrics.find(name).tag("channel", channel).gauge();
        return gauge == null ? -1 : gauge.value();
    }
}

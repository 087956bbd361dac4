package edu.community.eventsourcing.health;

import edu.community.eventsourcing.consume.LiveConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness {@code eventsourcing-consumers}: DOWN while a live consumer of this service has stopped, so that its
 * read model is never served silently stale: a channel that lags without its group's offsets moving for longer
 * than {@code eventsourcing.consumer.stall-threshold}, or a consumer halted by a fatal error. The data give each
 * channel's lag in records and how long it has been stalled, and each halted consumer's record and reason.
 */
@Readiness
@ApplicationScoped
public class LiveConsumersCheck implements HealthCheck {

    private final LiveConsumers consumers;

    public LiveConsumersCheck(LiveConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("eventsourcing-consumers").up();
        for (LiveConsumers.Lag lag : consumers.lags()) {
            String channel = lag.channel().name();
            boolean stalled = lag.stalledFor().compareTo(consumers.threshold()) >= 0;
            response.withData(channel + ".lag", lag.lag())
                    .withData(channel + ".stalled-seconds", lag.stalledFor().toSeconds());
            lag.measureError().ifPresent(error -> response.withData(channel + ".measure-error", error));
            if (stalled) {
                response.down().withData(channel + ".stopped", "no progress for " + lag.stalledFor().toSeconds()
                        + " s with " + lag.lag() + " records to apply");
            }
        }
        consumers.halted().forEach((consumer, reason) -> response.down().withData(consumer + ".halted", reason));
        return response.build();
    }
}

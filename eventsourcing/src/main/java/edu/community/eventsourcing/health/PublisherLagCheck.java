package edu.community.eventsourcing.health;

import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.publish.PublicationCheckpoints;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Degraded ({@code /q/health/well} DOWN) while the oldest unpublished event has waited longer than
 * {@code eventsourcing.publisher.lag-threshold}. A wellness check, not readiness: the usual cause is a long
 * transaction elsewhere in the cluster, and taking every instance out of service would not end it.
 */
@Wellness
@ApplicationScoped
public class PublisherLagCheck implements AsyncHealthCheck {

    private final Pool pool;
    private final PublicationCheckpoints checkpoints;
    private final EventsourcingConfig config;
    private final Duration threshold;

    public PublisherLagCheck(Pool pool, PublicationCheckpoints checkpoints, EventsourcingConfig config,
                             @ConfigProperty(name = "eventsourcing.publisher.lag-threshold", defaultValue = "PT1M")
                             Duration threshold) {
        this.pool = pool;
        this.checkpoints = checkpoints;
        this.config = config;
        this.threshold = threshold;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.withConnection(connection -> checkpoints.load(connection, config.topic())
                        .flatMap(checkpoint -> checkpoints.backlog(connection, checkpoint)))
                .map(backlog -> HealthCheckResponse.named("eventsourcing-publisher-lag")
                        .status(backlog.age().compareTo(threshold) <= 0)
                        .withData("unpublished-events", backlog.events())
                        .withData("lag-seconds", backlog.age().toSeconds())
                        .withData("threshold-seconds", threshold.toSeconds())
                        .build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("eventsourcing-publisher-lag").down()
                        .withData("reason", failure.getMessage()).build());
    }
}

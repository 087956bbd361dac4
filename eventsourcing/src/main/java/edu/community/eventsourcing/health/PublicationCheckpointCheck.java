package edu.community.eventsourcing.health;

import edu.community.eventsourcing.EventsourcingConfig;
import edu.community.eventsourcing.publish.PublicationCheckpoints;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the publication checkpoint lies beyond every transaction id of the database (transaction
 * ids went backwards): nothing new would ever be published, nor shown by the change feed.
 */
@Readiness
@ApplicationScoped
public class PublicationCheckpointCheck implements AsyncHealthCheck {

    private final Pool pool;
    private final PublicationCheckpoints checkpoints;
    private final EventsourcingConfig config;

    public PublicationCheckpointCheck(Pool pool, PublicationCheckpoints checkpoints, EventsourcingConfig config) {
        this.pool = pool;
        this.checkpoints = checkpoints;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.withConnection(connection -> checkpoints.load(connection, config.topic()))
                .map(checkpoint -> HealthCheckResponse.named("eventsourcing-publication-checkpoint").up()
                        .withData("tx-id", checkpoint.txId()).withData("position", checkpoint.position()).build())
                .onFailure(PublicationCheckpoints.CheckpointAhead.class).recoverWithItem(ahead -> HealthCheckResponse
                        .named("eventsourcing-publication-checkpoint").down().withData("reason", ahead.getMessage()).build());
    }
}

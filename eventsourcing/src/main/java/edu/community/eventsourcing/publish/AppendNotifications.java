package edu.community.eventsourcing.publish;

import edu.community.eventsourcing.store.EventStore;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes the publisher when an append commits ({@code LISTEN es_event_appended}), so that events leave
 * with low latency without polling the table in a tight loop.
 */
@ApplicationScoped
public class AppendNotifications {

    private static final Logger LOG = Logger.getLogger(AppendNotifications.class);

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final Semaphore signal = new Semaphore(0);
    private PgSubscriber subscriber;

    public AppendNotifications(Vertx vertx,
                               @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                               @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                               @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
    }

    void start() {
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(EventStore.APPENDED_CHANNEL).handler(payload -> wakeUp());
        subscriber.connect().subscribe().with(
                connected -> LOG.debug("listening for appends"),
                failure -> LOG.warnf("cannot listen for appends, polling only: %s", failure.toString()));
    }

    void stop() {
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
    }

    void wakeUp() {
        signal.release();
    }

    /** Waits for an append notification or the poll interval, whichever comes first. */
    void await(Duration pollInterval) throws InterruptedException {
        signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
    }
}

package edu.community.gateway.routing;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Comparator;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness shows each service behind the gateway (its own {@code /q/health/ready}), e.g.
 * {@code "community-service": "UP"}. The gateway stays ready while some are down: its other routes still work,
 * and a service that is down is answered 503 on its own routes.
 */
@Readiness
@ApplicationScoped
public class DownstreamHealth implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Downstreams downstreams;

    public DownstreamHealth(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Multi.createFrom().iterable(downstreams.all())
                .onItem().transformToUniAndMerge(service -> probe(service)
                        .map(status -> new String[] {service.name(), status}))
                .collect().asList()
                .map(results -> {
                    HealthCheckResponseBuilder builder = HealthCheckResponse.named("services behind the gateway").up();
                    results.stream().sorted(Comparator.comparing(result -> result[0]))
                            .forEach(result -> builder.withData(result[0], result[1]));
                    return builder.build();
                });
    }

    private Uni<String> probe(Downstream service) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(service.url().getHost()).setPort(service.port()).setSsl("https".equals(service.url().getScheme()))
                .setURI("/q/health/ready").setConnectTimeout(PROBE_TIMEOUT.toMillis())
                .setIdleTimeout(PROBE_TIMEOUT.toMillis());
        return Uni.createFrom().completionStage(() -> service.client().request(options)
                        .compose(request -> request.send())
                        .map(response -> {
                            response.body();
                            return response.statusCode() == 200 ? "UP" : "DOWN (health " + response.statusCode() + ")";
                        })
                        .toCompletionStage())
                .ifNoItem().after(PROBE_TIMEOUT.plusSeconds(1)).fail()
                .onFailure().recoverWithItem(failure -> "DOWN (" + failure.getClass().getSimpleName() + ")");
    }
}

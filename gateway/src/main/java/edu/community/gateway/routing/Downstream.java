package edu.community.gateway.routing;

import edu.community.gateway.GatewayConfig;
import edu.community.gateway.web.CorrelationIds;
import edu.community.gateway.web.Problems;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * One service behind the gateway: its HTTP client and its guard (time-out, bulkhead, circuit breaker). A request
 * is forwarded with Vert.x's HTTP proxy ({@link ProxyRequest}); when the service does not answer in time, is
 * unreachable, is saturated or its breaker is open, the caller gets a 503 problem detail at once.
 */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);
    private static final TypeLiteral<CompletionStage<ProxyResponse>> ANSWER = new TypeLiteral<>() {
    };

    private final String name;
    private final URI url;
    private final Duration timeout;
    private final Duration breakerDelay;
    private final HttpClient client;
    private final Guard guard;

    public Downstream(String name, GatewayConfig.Service config, Vertx vertx) {
        this.name = name;
        this.url = config.url();
        this.timeout = config.timeout();
        this.breakerDelay = config.circuitBreaker().delay();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(config.maxConcurrent())
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setKeepAlive(true));
        this.guard = Guard.create()
                .withDescription("calls to " + name)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(config.maxConcurrent()).queueSize(config.queue()).done()
                .withCircuitBreaker().name("gateway-" + name)
                .requestVolumeThreshold(config.circuitBreaker().requestVolume())
                .failureRatio(config.circuitBreaker().failureRatio())
                .delay(breakerDelay.toMillis(), ChronoUnit.MILLIS)
                .done()
                .withThreadOffload(false)
                .build();
    }

    public String name() {
        return name;
    }

    public URI url() {
        return url;
    }

    public HttpClient client() {
        return client;
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }

    /** Forwards the request to {@code targetUri} of this service and relays its answer, or answers 503. */
    public void forward(RoutingContext ctx, String targetUri) {
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(ctx.request());
        proxyRequest.setURI(targetUri);
        if (ctx.request().authority() != null) {
            // The service sees the Host the caller used, so that the URIs it makes (Location) point at the gateway.
            proxyRequest.setAuthority(ctx.request().authority());
        }
        Context context = Vertx.currentContext();
        AtomicReference<HttpClientRequest> opened = new AtomicReference<>();
        RequestOptions options = new RequestOptions()
                .setHost(url.getHost())
                .setPort(port())
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        CompletionStage<ProxyResponse> answer;
        try {
            answer = guard.get(() -> client.request(options)
                    .compose(request -> {
                        opened.set(request);
                        return proxyRequest.send(request);
                    })
                    .toCompletionStage(), ANSWER);
        } catch (RuntimeException refused) {
            answer = CompletableFuture.failedFuture(refused);
        }
        answer.whenComplete((response, failure) -> context.runOnContext(ignored -> {
            if (failure == null) {
                response.send().onFailure(e -> LOG.debugf("%s: answer not relayed: %s", name, e.getMessage()));
                return;
            }
            HttpClientRequest request = opened.get();
            if (request != null) {
                request.reset();
            }
            proxyRequest.release();
            unavailable(ctx, failure instanceof CompletionException ? failure.getCause() : failure);
        }));
    }

    private void unavailable(RoutingContext ctx, Throwable failure) {
        String why;
        long retryAfter = 1;
        if (failure instanceof CircuitBreakerOpenException) {
            why = "has failed repeatedly; calls to it are paused";
            retryAfter = Math.max(1, breakerDelay.toSeconds());
        } else if (failure instanceof TimeoutException) {
            why = "did not answer within " + timeout.toMillis() + " ms";
        } else if (failure instanceof BulkheadException) {
            why = "has too many requests in flight";
        } else {
            why = "cannot be reached";
        }
        LOG.warnf("%s %s: %s (%s), request-id=%s", name, ctx.request().path(), why, String.valueOf(failure),
                ctx.request().getHeader(CorrelationIds.REQUEST_ID));
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        Problems.send(ctx, 503, "service-unavailable", "Service unavailable",
                "The service behind this route (" + name + ") " + why + ". Other routes are not affected; retry later.",
                new JsonObject().put("service", name));
    }
}

package edu.community.gateway.routing;

import edu.community.gateway.GatewayConfig;
import edu.community.gateway.limits.RateLimiter;
import edu.community.gateway.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.Principal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code /api/*}: after the token check (quarkus-oidc, {@code quarkus.http.auth.permission.api}), the client's rate
 * limit and the body size limit, forwards the request to the service that owns its path. Each answer is timed per
 * route ({@code gateway_requests_seconds} with {@code route}, {@code service} and {@code status}).
 */
@ApplicationScoped
public class ProxyRoute {

    private final Downstreams downstreams;
    private final RateLimiter limiter;
    private final long maxBodyBytes;
    private final MeterRegistry registry;

    public ProxyRoute(Downstreams downstreams, GatewayConfig config, MeterRegistry registry) {
        this.downstreams = downstreams;
        this.limiter = new RateLimiter(config.rateLimit().requests(), config.rateLimit().window(),
                config.rateLimit().maxClients(), System::nanoTime);
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.registry = registry;
    }

    void register(@Observes Router router) {
        router.route("/api/*").handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<RouteTable.Match> found = downstreams.routes().match(request.path(), request.query());
        if (found.isEmpty()) {
            Problems.send(ctx, 404, "not-found", "Not found", "No service of this API answers " + request.path());
            return;
        }
        RouteTable.Match match = found.get();
        long started = System.nanoTime();
        ctx.addEndHandler(ended -> Timer.builder("gateway.requests")
                .description("Requests through the gateway by route, service and answer status")
                .tag("route", match.route().prefix())
                .tag("service", match.route().service())
                .tag("status", Integer.toString(ctx.response().getStatusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));

        RateLimiter.Decision decision = limiter.take(client(ctx));
        if (!decision.allowed()) {
            ctx.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            Problems.send(ctx, 429, "rate-limited", "Too many requests",
                    "This client has used its requests for now; retry after " + decision.retryAfterSeconds() + " s.",
                    new JsonObject().put("retryAfterSeconds", decision.retryAfterSeconds()));
            return;
        }
        if (!bodyWithinLimit(ctx)) {
            return;
        }
        downstreams.named(match.route().service()).forward(ctx, match.targetUri());
    }

    private boolean bodyWithinLimit(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                Problems.send(ctx, 411, "length-required", "Length required",
                        "A request body needs a Content-Length header (at most " + maxBodyBytes + " bytes).");
                return false;
            }
            return true;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            Problems.send(ctx, 400, "bad-request", "Bad request", "Content-Length is not a number.");
            return false;
        }
        if (declared > maxBodyBytes) {
            Problems.send(ctx, 413, "payload-too-large", "Payload too large",
                    "The body has " + declared + " bytes; this API takes at most " + maxBodyBytes + ".",
                    new JsonObject().put("maxBytes", maxBodyBytes));
            return false;
        }
        return true;
    }

    /** The client a rate limit applies to: the token's subject (a user or a system's service account). */
    private static String client(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            Principal principal = user.getSecurityIdentity().getPrincipal();
            if (principal instanceof JsonWebToken token && token.getSubject() != null) {
                return "sub:" + token.getSubject();
            }
            return "name:" + principal.getName();
        }
        return "address:" + ctx.request().remoteAddress().hostAddress();
    }
}

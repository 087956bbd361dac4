package edu.community.gateway.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A missing, expired, foreign or forged token is answered 401 with a problem detail and a bearer challenge:
 * an {@code /api} request without a bearer token before the token check (which would answer with an empty body),
 * a token that fails the check (quarkus-oidc: signature, issuer, audience, expiry) when it fails. When Keycloak
 * cannot be reached to check a token, the answer is a 503 problem detail.
 */
@ApplicationScoped
public class AuthenticationProblems {

    private static final Logger LOG = Logger.getLogger(AuthenticationProblems.class);
    private static final String BEARER = "Bearer ";

    void register(@Observes Filters filters) {
        filters.register(this::requireBearer, 1000);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    void requireBearer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String authorization = request.getHeader("Authorization");
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.getHeader("Access-Control-Request-Method") != null;
        if (request.path().startsWith("/api/") && !preflight
                && (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()))) {
            unauthenticated(ctx, "This API needs a bearer token of realm edu (Authorization: Bearer <token>).");
            return;
        }
        ctx.next();
    }

    void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthenticated(ctx, "The bearer token is not valid for this API: it must be signed by realm edu, "
                    + "issued by it, meant for audience edu-api and not expired.");
            return;
        }
        if (failure instanceof OIDCException) {
            LOG.warnf("tokens cannot be checked: %s, request-id=%s", failure.getMessage(),
                    ctx.request().getHeader(CorrelationIds.REQUEST_ID));
            ctx.response().putHeader("Retry-After", "5");
            Problems.send(ctx, 503, "service-unavailable", "Service unavailable",
                    "Tokens cannot be checked now: the token issuer (Keycloak, realm edu) is not reachable. Retry later.",
                    new JsonObject().put("service", "keycloak"));
            return;
        }
        ctx.next();
    }

    private static void unauthenticated(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"edu\"");
        Problems.send(ctx, 401, "unauthenticated", "Unauthenticated", detail);
    }
}

package edu.community.gateway.web;

import edu.community.gateway.dashboard.DashboardLogin;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer, the services' relayed ones and the gateway's own errors alike. Swagger UI
 * ({@code /q/swagger-ui}) needs its own scripts and styles; the dashboard ({@code /dashboard/}) runs only its own
 * files (no inline script or style, no other site's) and talks only to the gateway and the realm it logs in at;
 * everything else is data and gets a policy that allows nothing to run.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    private final String dashboardPolicy;

    public SecurityHeaders(DashboardLogin login) {
        this.dashboardPolicy = dashboardPolicy(login.origin().map(origin -> " " + origin).orElse(""));
    }

    static String dashboardPolicy(String realmOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'" + realmOrigin + "; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 3000);
    }

    void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        String policy = path.startsWith("/q/swagger-ui") ? UI_POLICY
                : path.equals("/dashboard") || path.startsWith("/dashboard/") ? dashboardPolicy : API_POLICY;
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Cross-Origin-Resource-Policy", "same-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            headers.set("Content-Security-Policy", policy);
            headers.remove("Server");
        });
        ctx.next();
    }
}

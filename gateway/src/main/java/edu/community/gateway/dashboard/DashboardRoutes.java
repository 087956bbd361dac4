package edu.community.gateway.dashboard;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's two dynamic answers; its page, scripts and styles are static resources under
 * {@code META-INF/resources/dashboard/} and ECharts comes from its webjar under {@code /webjars/}.
 */
@ApplicationScoped
public class DashboardRoutes {

    private final DashboardLogin login;

    public DashboardRoutes(DashboardLogin login) {
        this.login = login;
    }

    void register(@Observes Router router) {
        // A plain "/dashboard" route would also take "/dashboard/" (Vert.x ignores a trailing slash)
        router.getWithRegex("/dashboard").handler(ctx -> ctx.redirect("/dashboard/"));
        router.get("/dashboard/config.json").handler(ctx -> {
            JsonObject config = new JsonObject().put("clientId", login.clientId());
            login.realm().ifPresent(realm -> config.put("realm", realm.toString()));
            ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                    .end(config.encode());
        });
    }
}

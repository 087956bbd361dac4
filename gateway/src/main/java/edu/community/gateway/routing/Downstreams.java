package edu.community.gateway.routing;

import edu.community.gateway.GatewayConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The services behind the gateway and the route table over their prefixes, from {@code gateway.services}. */
@ApplicationScoped
public class Downstreams {

    private final Map<String, Downstream> byName = new LinkedHashMap<>();
    private final RouteTable routes;

    public Downstreams(GatewayConfig config, Vertx vertx) {
        Map<String, List<String>> prefixes = new TreeMap<>();
        new TreeMap<>(config.services()).forEach((name, service) -> {
            byName.put(name, new Downstream(name, service, vertx));
            prefixes.put(name, service.routes());
        });
        this.routes = new RouteTable(prefixes);
    }

    public RouteTable routes() {
        return routes;
    }

    public Downstream named(String name) {
        return byName.get(name);
    }

    public Iterable<Downstream> all() {
        return byName.values();
    }
}

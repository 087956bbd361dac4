package edu.community.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns a path: the longest configured prefix that matches at a segment boundary. Every service
 * has its own change feed at {@code /api/v1/changes}; through the gateway it is
 * {@code /api/v1/changes/<service name without "-service">}, forwarded as {@code /api/v1/changes}.
 */
public final class RouteTable {

    public static final String CHANGE_FEED = "/api/v1/changes";

    private final List<Route> routes;

    /** @param prefixes path prefixes by service name */
    public RouteTable(Map<String, List<String>> prefixes) {
        List<Route> all = new ArrayList<>();
        prefixes.forEach((service, owned) -> {
            for (String prefix : owned) {
                all.add(Route.of(service, prefix, prefix));
            }
            all.add(Route.of(service, changeFeedOf(service), CHANGE_FEED));
        });
        all.sort(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).prefix().equals(all.get(j).prefix())) {
                    throw new IllegalArgumentException("two services own " + all.get(i).prefix() + ": "
                            + all.get(i).service() + " and " + all.get(j).service());
                }
            }
        }
        this.routes = List.copyOf(all);
    }

    /** The path through the gateway of a service's change feed, e.g. {@code /api/v1/changes/community}. */
    public static String changeFeedOf(String service) {
        return CHANGE_FEED + "/" + service.replaceFirst("-service$", "");
    }

    /** The route of a request path and query, with the URI to send to the service. */
    public Optional<Match> match(String path, String query) {
        for (Route route : routes) {
            if (route.covers(path)) {
                String target = route.forwardPrefix() + path.substring(route.prefix().length());
                return Optional.of(new Match(route, query == null ? target : target + "?" + query));
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }

    /** A prefix owned by a service; {@code forwardPrefix} replaces it on the way to the service. */
    public record Route(String service, String prefix, String forwardPrefix) {

        static Route of(String service, String prefix, String forwardPrefix) {
            if (!prefix.startsWith("/api/") || prefix.endsWith("/")) {
                throw new IllegalArgumentException("a route is a path under /api without a trailing slash: " + prefix);
            }
            return new Route(service, prefix, forwardPrefix);
        }

        boolean covers(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    /** A matched route and the URI (path and query) the service receives. */
    public record Match(Route route, String targetUri) {
    }
}

package edu.community.gateway.dashboard;

import edu.community.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the dashboard's browser logs in: {@code gateway.dashboard.keycloak-url}, else the realm the gateway checks
 * tokens against. The page reads it from {@code /dashboard/config.json}; its origin is the only one besides the
 * gateway's own that the page's Content-Security-Policy lets it connect to.
 */
@ApplicationScoped
public class DashboardLogin {

    private final Optional<URI> realm;
    private final String clientId;

    @Inject
    public DashboardLogin(GatewayConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<URI> tokenIssuer) {
        this.realm = config.dashboard().keycloakUrl().or(() -> tokenIssuer).map(DashboardLogin::withoutTrailingSlash);
        this.clientId = config.dashboard().clientId();
    }

    public Optional<URI> realm() {
        return realm;
    }

    public String clientId() {
        return clientId;
    }

    /** {@code scheme://host[:port]} of the realm, as a CSP source; empty when no realm is configured. */
    public Optional<String> origin() {
        return realm.map(uri -> uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}

package edu.community.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's configuration ({@code gateway.*}): the route table, the limits toward each service and per client. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name ({@code community-service}, ...). */
    Map<String, Service> services();

    RateLimit rateLimit();

    /** Largest request body the gateway forwards; a larger declared length is answered 413. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    Dashboard dashboard();

    interface Service {

        /** Where the service listens, e.g. {@code http://localhost:8081}. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/schools}; its change feed is routed by name. */
        List<String> routes();

        /** Longest wait for the service's answer (its headers) before the gateway answers 503. */
        @WithDefault("10s")
        Duration timeout();

        /** Requests in flight toward the service at once (bulkhead); further ones wait in the queue. */
        @WithDefault("64")
        int maxConcurrent();

        /** Requests waiting for a place in the bulkhead; beyond it the gateway answers 503 at once. */
        @WithDefault("128")
        int queue();

        CircuitBreaker circuitBreaker();
    }

    /** When to stop calling a failing service for a while (SmallRye Fault Tolerance's circuit breaker). */
    interface CircuitBreaker {

        /** Calls in the rolling window the failure ratio is computed over. */
        @WithDefault("10")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before a trial call. */
        @WithDefault("5s")
        Duration delay();
    }

    /** Token bucket per client: {@code requests} per {@code window}, refilled continuously. */
    interface RateLimit {

        @WithDefault("600")
        int requests();

        @WithDefault("60s")
        Duration window();

        /** Buckets kept at most; idle (full) ones are dropped first. */
        @WithDefault("100000")
        int maxClients();
    }

    /** The provincial dashboard at {@code /dashboard/}: where the browser logs in. */
    interface Dashboard {

        /**
         * The realm as the officers' browsers reach it, e.g. {@code https://login.example.gov.cn/realms/edu}; the
         * token check's {@code quarkus.oidc.auth-server-url} when unset. Without either the page says it cannot log in.
         */
        Optional<URI> keycloakUrl();

        /** The realm's public client with PKCE that the page logs in with. */
        @WithDefault("edu-dashboard")
        String clientId();
    }
}

package edu.community.gateway.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token bucket per client: {@code capacity} requests, refilled continuously at {@code capacity} per
 * {@code window}. A refused request learns how long until a token is back (the {@code Retry-After}).
 * At most {@code maxClients} buckets are kept; when more are needed the idle (full) ones are dropped.
 */
public final class RateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, Duration window, int maxClients, LongSupplier nanoClock) {
        if (capacity < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive window");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) window.toNanos();
        this.maxClients = maxClients;
        this.nanoClock = nanoClock;
    }

    /** Takes one token of the client's bucket; empty when allowed, else the wait until the next token. */
    public Decision take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(capacity, now));
        return bucket.take(now);
    }

    /** Whether a request may pass, and if not, after how long it may. */
    public record Decision(boolean allowed, Duration retryAfter) {

        /** Whole seconds for the {@code Retry-After} header, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            return new Decision(false, Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}

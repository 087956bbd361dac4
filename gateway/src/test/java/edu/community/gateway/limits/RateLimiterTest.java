package edu.community.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), 2, now::get);

    @Test
    void a_client_has_its_capacity_then_waits_for_the_next_token() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.take("a").allowed());
        }
        RateLimiter.Decision refused = limiter.take("a");
        assertFalse(refused.allowed());
        assertEquals(20, refused.retryAfterSeconds(), "one token every 20 s");
        assertTrue(limiter.take("b").allowed(), "another client has its own bucket");

        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertTrue(limiter.take("a").allowed());
        assertFalse(limiter.take("a").allowed());
    }

    @Test
    void idle_buckets_are_dropped_when_the_client_bound_is_reached() {
        limiter.take("a");
        limiter.take("b");
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertTrue(limiter.take("c").allowed());
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.take("a").allowed(), "a's bucket was dropped while full and starts full again");
        }
    }
}

package edu.community.eventsourcing.store;

import java.util.Objects;

/**
 * The {@code Idempotency-Key} of a write, recorded in the same transaction as the events it caused.
 *
 * @param scope       who and what the key belongs to (caller subject and operation), so keys never collide across callers
 * @param key         the header value
 * @param requestHash a digest of the request; the same key with another request is refused
 */
public record IdempotencyKey(String scope, String key, String requestHash) {

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestHash, "requestHash");
    }
}

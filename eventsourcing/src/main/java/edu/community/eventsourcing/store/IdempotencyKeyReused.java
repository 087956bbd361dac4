package edu.community.eventsourcing.store;

/** The same {@code Idempotency-Key} was sent again with a different request. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was already used for a different request");
    }
}

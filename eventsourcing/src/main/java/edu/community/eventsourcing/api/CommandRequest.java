package edu.community.eventsourcing.api;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.store.IdempotencyKey;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a command reached the service: who sent it, its idempotency key, correlation id and If-Match version, and
 * the W3C {@code traceparent} of the request's span (null outside any trace), which its events keep.
 */
public record CommandRequest(Caller caller, Optional<IdempotencyKey> idempotencyKey, String correlationId,
                             OptionalInt expectedVersion, String traceParent) {
}

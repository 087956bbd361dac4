package edu.community.eventsourcing.api;

import edu.community.eventsourcing.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalInt;
import java.util.UUID;

/** Turns the headers every write shares (Idempotency-Key, X-Correlation-Id, If-Match) into a {@link CommandRequest}. */
@ApplicationScoped
public class CommandRequests {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final IdempotencyKeys idempotencyKeys;

    public CommandRequests(IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
    }

    public CommandRequest of(Caller caller, WriteHeaders headers, String operation, Object body) {
        return new CommandRequest(caller, idempotencyKeys.of(headers.idempotencyKey, caller, operation, body),
                headers.correlationId == null ? UUID.randomUUID().toString() : headers.correlationId,
                headers.ifMatch == null ? OptionalInt.empty() : OptionalInt.of(Versions.fromIfMatch(headers.ifMatch)));
    }
}

package edu.community.community.api;

import edu.community.community.application.CommandRequest;
import edu.community.eventsourcing.api.IdempotencyKeys;
import edu.community.eventsourcing.api.Versions;
import edu.community.eventsourcing.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalInt;
import java.util.UUID;

/** Turns the headers every write shares (Idempotency-Key, X-Correlation-Id, If-Match) into a {@link CommandRequest}. */
@ApplicationScoped
public class CommandRequests {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final IdempotencyKeys idempotencyKeys;

    public CommandRequests(IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
    }

    CommandRequest of(Caller caller, WriteHeaders headers, String operation, Object body) {
        return new CommandRequest(caller, idempotencyKeys.of(headers.idempotencyKey, caller, operation, body),
                headers.correlationId == null ? UUID.randomUUID().toString() : headers.correlationId,
                headers.ifMatch == null ? OptionalInt.empty() : OptionalInt.of(Versions.fromIfMatch(headers.ifMatch)));
    }
}

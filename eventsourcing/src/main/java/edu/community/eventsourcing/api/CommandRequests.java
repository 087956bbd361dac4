package edu.community.eventsourcing.api;

import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.tracing.TraceParents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalInt;
import java.util.UUID;

/** Turns the headers every write shares (Idempotency-Key, X-Correlation-Id, If-Match) into a {@link CommandRequest}. */
@ApplicationScoped
public class CommandRequests {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final IdempotencyKeys idempotencyKeys;
    private final Callers callers;

    public CommandRequests(IdempotencyKeys idempotencyKeys, Callers callers) {
        this.idempotencyKeys = idempotencyKeys;
        this.callers = callers;
    }

    /** The command request of the request being served, by its caller. */
    public CommandRequest of(WriteHeaders headers, String operation, Object body) {
        return of(callers.current(), headers, operation, body);
    }

    public CommandRequest of(Caller caller, WriteHeaders headers, String operation, Object body) {
        return new CommandRequest(caller, idempotencyKeys.of(headers.idempotencyKey, caller, operation, body),
                headers.correlationId == null ? UUID.randomUUID().toString() : headers.correlationId,
                headers.ifMatch == null ? OptionalInt.empty() : OptionalInt.of(Versions.fromIfMatch(headers.ifMatch)),
                TraceParents.current());
    }
}

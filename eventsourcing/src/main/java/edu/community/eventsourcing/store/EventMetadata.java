package edu.community.eventsourcing.store;

import java.util.Objects;

/**
 * Who caused an event and in which chain of messages.
 *
 * @param correlationId the request or conversation the event belongs to
 * @param causationId   the message (request or event id) that directly caused it; may be null
 * @param actor         the token subject of the caller (an opaque id, never a name)
 * @param region        the GB/T 2260 division code the event concerns; may be null
 * @param traceParent   the W3C {@code traceparent} of the span that wrote the event, so that the trace of a request
 *                      continues in the services that consume its events; null when no trace was active
 */
public record EventMetadata(String correlationId, String causationId, String actor, String region, String traceParent) {

    public EventMetadata {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(actor, "actor");
    }
}

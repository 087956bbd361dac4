package edu.community.eventsourcing.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The W3C {@code traceparent} of the current span (quarkus-opentelemetry makes the span of the HTTP request
 * current). An event keeps it so that its Kafka record continues the request's trace in consuming services.
 */
public final class TraceParents {

    private TraceParents() {
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null outside any trace (tracing disabled). */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}

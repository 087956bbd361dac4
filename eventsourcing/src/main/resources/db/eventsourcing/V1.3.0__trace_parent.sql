-- The W3C traceparent of the span that appended the event: the publisher sends it as the record's traceparent
-- header, so a request's trace continues in every service that consumes the event. Null for events appended
-- before tracing existed or outside any trace.
alter table es_event add column trace_parent text;

package edu.community.eventsourcing.publish;

import edu.community.eventsourcing.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Maps a stored event to a Kafka record in CloudEvents 1.0 binary mode: the value is the event data as
 * JSON, the attributes are {@code ce_*} headers, the key is the stream id.
 */
public final class CloudEventRecords {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String STREAM_VERSION = "ce_streamversion";
    public static final String REGION = "ce_region";
    public static final String ACTOR = "ce_actor";
    /** W3C trace context, the header OpenTelemetry's Kafka instrumentation reads: the consumer's span continues the trace. */
    public static final String TRACE_PARENT = "traceparent";

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, String source, StoredEvent event) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, "1.0");
        add(headers, ID, event.eventId().toString());
        add(headers, SOURCE, source);
        add(headers, TYPE, event.type());
        add(headers, SUBJECT, event.streamId());
        add(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.recordedAt()));
        add(headers, CONTENT_TYPE, "application/json");
        add(headers, CORRELATION_ID, event.metadata().correlationId());
        add(headers, CAUSATION_ID, event.metadata().causationId());
        add(headers, STREAM_VERSION, Integer.toString(event.streamVersion()));
        add(headers, REGION, event.metadata().region());
        add(headers, ACTOR, event.metadata().actor());
        add(headers, TRACE_PARENT, event.metadata().traceParent());
        return new ProducerRecord<>(topic, null, event.recordedAt().toInstant().toEpochMilli(), event.streamId(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * A record that is not an event of a stream but the latest state of {@code key} on a compacted topic (a
     * report snapshot): the same CloudEvents headers without a stream version; its id is also its correlation id.
     */
    public static ProducerRecord<String, byte[]> snapshot(String topic, String source, String type, String key,
                                                          String region, byte[] value) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now();
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, "1.0");
        add(headers, ID, id);
        add(headers, SOURCE, source);
        add(headers, TYPE, type);
        add(headers, SUBJECT, key);
        add(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now));
        add(headers, CONTENT_TYPE, "application/json");
        add(headers, CORRELATION_ID, id);
        add(headers, REGION, region);
        return new ProducerRecord<>(topic, null, now.toInstant().toEpochMilli(), key, value, headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}

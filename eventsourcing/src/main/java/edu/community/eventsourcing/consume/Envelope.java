package edu.community.eventsourcing.consume;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event as a consumer receives it: the CloudEvents attributes from the Kafka headers and the data read
 * as the current contract record.
 *
 * @param type          CloudEvents type as published, e.g. {@code edu.community.SchoolRegistered.v1}
 * @param subject       the stream id (also the Kafka key)
 * @param streamVersion the event's version within its stream
 * @param region        GB/T 2260 division code the event concerns, if any
 */
public record Envelope<T extends Record>(
        UUID id,
        String type,
        String source,
        String subject,
        int streamVersion,
        OffsetDateTime time,
        String correlationId,
        String causationId,
        String region,
        T data) {
}

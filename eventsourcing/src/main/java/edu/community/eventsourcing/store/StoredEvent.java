package edu.community.eventsourcing.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the event store as written: its global position, place in its stream and raw JSON payload.
 *
 * @param type          the CloudEvents type, e.g. {@code edu.community.SchoolRegistered.v1}
 * @param schemaVersion the contract version the payload was written with
 * @param streamKind    the kind part of {@code streamId}, e.g. {@code school-statistics}
 */
public record StoredEvent(
        long position,
        String txId,
        String streamId,
        int streamVersion,
        UUID eventId,
        String type,
        int schemaVersion,
        String payload,
        EventMetadata metadata,
        OffsetDateTime recordedAt,
        String streamKind) {

    /** The typed stream id: kind and natural key. */
    public StreamId stream() {
        return new StreamId(streamKind, streamId.substring(streamKind.length() + 1));
    }
}

package edu.community.eventsourcing.store;

import java.util.List;
import java.util.Optional;

/**
 * Events to append to one stream, valid only if the stream is still at {@code expectedVersion}
 * (0 for a stream that must not exist yet).
 */
public record Append(
        StreamId stream,
        int expectedVersion,
        List<? extends Record> events,
        EventMetadata metadata,
        Optional<IdempotencyKey> idempotencyKey) {

    public Append {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append to " + stream);
        }
    }

    public static Append to(StreamId stream, int expectedVersion, List<? extends Record> events, EventMetadata metadata) {
        return new Append(stream, expectedVersion, events, metadata, Optional.empty());
    }

    /** For a stream whose kind is one word ({@link StreamId#parse}). */
    public static Append to(String streamId, int expectedVersion, List<? extends Record> events, EventMetadata metadata) {
        return to(StreamId.parse(streamId), expectedVersion, events, metadata);
    }

    public String streamId() {
        return stream.value();
    }

    public Append withIdempotencyKey(IdempotencyKey key) {
        return new Append(stream, expectedVersion, events, metadata, Optional.ofNullable(key));
    }
}

package edu.community.eventsourcing.command;

import edu.community.eventsourcing.store.StreamId;
import java.util.List;

/**
 * What a command left: the aggregate's state and stream version after it, and the events it wrote, so that
 * a write answers without reading the stream again.
 *
 * @param events   the events written; empty when nothing changed, or when the request was a replay
 * @param replayed true when an earlier request with the same idempotency key had written, and this one only
 *                 answers with the state that write left
 */
public record Written<S>(StreamId stream, S state, int version, List<? extends Record> events, boolean replayed) {

    public Written {
        events = List.copyOf(events);
    }

    /** The command wrote something. */
    public boolean changed() {
        return !events.isEmpty();
    }

    /** The command started the stream. */
    public boolean created() {
        return changed() && version == events.size();
    }
}

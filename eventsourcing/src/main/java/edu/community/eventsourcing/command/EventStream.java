package edu.community.eventsourcing.command;

import edu.community.eventsourcing.store.StreamId;
import java.util.function.BiFunction;

/**
 * One aggregate's stream and how to fold it: its id, the state before its first event, and the pure
 * {@code apply(state, event) -> state}.
 */
public record EventStream<S>(StreamId id, S initial, BiFunction<S, Record, S> apply) {
}

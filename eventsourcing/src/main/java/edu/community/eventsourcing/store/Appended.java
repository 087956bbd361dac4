package edu.community.eventsourcing.store;

/**
 * The outcome of an append.
 *
 * @param version  the stream version after the append
 * @param replayed true when an earlier request with the same idempotency key had already appended, and
 *                 nothing was written this time
 */
public record Appended(String streamId, int version, boolean replayed) {
}

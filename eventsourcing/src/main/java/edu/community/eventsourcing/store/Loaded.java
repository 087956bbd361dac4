package edu.community.eventsourcing.store;

/** An aggregate's state folded from its stream, with the stream version it reflects (0 if the stream is empty). */
public record Loaded<S>(String streamId, S state, int version) {

    public boolean exists() {
        return version > 0;
    }
}

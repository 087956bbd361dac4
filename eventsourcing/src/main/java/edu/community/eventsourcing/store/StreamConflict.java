package edu.community.eventsourcing.store;

/** An append whose expected stream version is no longer the current one (optimistic concurrency). */
public class StreamConflict extends RuntimeException {

    private final String streamId;
    private final int expectedVersion;
    private final int actualVersion;

    public StreamConflict(String streamId, int expectedVersion, int actualVersion) {
        super("stream " + streamId + " is at version " + actualVersion + ", not " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int actualVersion() {
        return actualVersion;
    }
}

package edu.community.community.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.Objects;
import java.util.UUID;

/** The id of an education community (a UUID chosen by the caller or the service). */
public record CommunityId(UUID value) {

    public CommunityId {
        Objects.requireNonNull(value, "value");
    }

    public static CommunityId parse(String text) {
        return new CommunityId(UUID.fromString(text));
    }

    public StreamId streamId() {
        return StreamId.of("community", value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

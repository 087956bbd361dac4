package edu.community.staffing.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.UUID;

/** 流动编号 — the id of a posting, a UUID; its stream is {@code posting-<id>}. */
public record PostingId(UUID value) {

    public static PostingId random() {
        return new PostingId(UUID.randomUUID());
    }

    public StreamId streamId() {
        return StreamId.of("posting", value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

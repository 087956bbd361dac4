package edu.community.exchange.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.UUID;

/** 活动编号 — the id of an activity, a UUID; its stream is {@code activity-<id>}. */
public record ActivityId(UUID value) {

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    public StreamId streamId() {
        return StreamId.of("activity", value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

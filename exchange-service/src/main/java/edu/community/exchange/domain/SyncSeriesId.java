package edu.community.exchange.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.UUID;

/** 同步课堂系列编号 — a UUID; its stream is {@code sync-series-<id>}. */
public record SyncSeriesId(UUID value) {

    public static SyncSeriesId random() {
        return new SyncSeriesId(UUID.randomUUID());
    }

    public StreamId streamId() {
        return StreamId.of("sync-series", value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

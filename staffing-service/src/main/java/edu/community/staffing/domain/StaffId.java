package edu.community.staffing.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.UUID;

/** 教职工编号 — the opaque id of a teacher or principal, a UUID; its stream is {@code staff-<id>}. Events and topics name people only by it. */
public record StaffId(UUID value) {

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    public StreamId streamId() {
        return StreamId.of("staff", value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

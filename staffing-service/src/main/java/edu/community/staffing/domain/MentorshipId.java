package edu.community.staffing.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.UUID;

/** 师徒结对编号 — the id of a mentor–apprentice pair, a UUID; its stream is {@code mentorship-<id>}. */
public record MentorshipId(UUID value) {

    public static MentorshipId random() {
        return new MentorshipId(UUID.randomUUID());
    }

    public StreamId streamId() {
        return StreamId.of("mentorship", value.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

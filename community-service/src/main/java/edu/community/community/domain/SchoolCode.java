package edu.community.community.domain;

import edu.community.contracts.community.SchoolCodes;
import edu.community.eventsourcing.store.StreamId;
import java.util.Objects;

/** 学校标识码 — the 10-digit national school identification code. */
public record SchoolCode(String value) {

    public SchoolCode {
        Objects.requireNonNull(value, "value");
        if (!SchoolCodes.isValid(value)) {
            throw new IllegalArgumentException("a school code has 10 digits: " + value);
        }
    }

    /** The id of the school's event stream. */
    public StreamId streamId() {
        return StreamId.of("school", value);
    }

    @Override
    public String toString() {
        return value;
    }
}

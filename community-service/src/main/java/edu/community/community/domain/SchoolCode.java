package edu.community.community.domain;

import edu.community.eventsourcing.store.StreamId;
import java.util.Objects;
import java.util.regex.Pattern;

/** 学校标识码 — the 10-digit national school identification code. */
public record SchoolCode(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    public SchoolCode {
        Objects.requireNonNull(value, "value");
        if (!TEN_DIGITS.matcher(value).matches()) {
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

package edu.community.eventsourcing.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of an event stream: the kind of record and its natural key, written {@code <kind>-<key>}
 * (e.g. {@code school-3301060001}, {@code school-statistics-3301060001-2026-PRIMARY}). The kind is stored
 * beside the id, so a reader never has to guess where the kind ends.
 */
public record StreamId(String kind, String key) {

    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");

    public StreamId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a stream kind is lower-case words joined by '-': " + kind);
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a stream of kind " + kind + " needs a key");
        }
    }

    public static StreamId of(String kind, String key) {
        return new StreamId(kind, key);
    }

    /** Reads an id whose kind is a single word, such as {@code school-3301060001}. */
    public static StreamId parse(String value) {
        int dash = value.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("a stream id is <kind>-<key>: " + value);
        }
        return new StreamId(value.substring(0, dash), value.substring(dash + 1));
    }

    /** The id as stored and used as the Kafka record key. */
    public String value() {
        return kind + "-" + key;
    }

    @Override
    public String toString() {
        return value();
    }
}

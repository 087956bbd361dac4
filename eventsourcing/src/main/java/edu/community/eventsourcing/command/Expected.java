package edu.community.eventsourcing.command;

import java.util.OptionalInt;

/** The stream version a command may be applied to. */
public sealed interface Expected {

    /** Whatever version the stream is at when the command is decided. */
    static Expected any() {
        return Any.INSTANCE;
    }

    /** Exactly this version (an {@code If-Match}); otherwise the command fails with a stream conflict. */
    static Expected exactly(int version) {
        return new Exactly(version);
    }

    /** The stream must not exist yet. */
    static Expected noStream() {
        return new Exactly(0);
    }

    /** Exactly the {@code If-Match} version when the request named one, any otherwise. */
    static Expected of(OptionalInt ifMatch) {
        return ifMatch.isPresent() ? exactly(ifMatch.getAsInt()) : any();
    }

    /** The version to append at, given the version the stream was loaded at. */
    int appendAt(int loadedVersion);

    enum Any implements Expected {
        INSTANCE;

        @Override
        public int appendAt(int loadedVersion) {
            return loadedVersion;
        }
    }

    record Exactly(int version) implements Expected {

        public Exactly {
            if (version < 0) {
                throw new IllegalArgumentException("a stream version is 0 or more: " + version);
            }
        }

        @Override
        public int appendAt(int loadedVersion) {
            return version;
        }
    }
}

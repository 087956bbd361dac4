package edu.community.eventsourcing.input;

import java.util.Locale;
import java.util.Optional;

/** Reads the parameters of a Content-Type header value. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The {@code charset} parameter, without quotes, when the media type has one. */
    static Optional<String> charset(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
                return Optional.of(parameter.substring(equals + 1).strip().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}

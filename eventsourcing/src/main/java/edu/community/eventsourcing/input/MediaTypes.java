package edu.community.eventsourcing.input;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the parameters of a Content-Type header value. */
final class MediaTypes {

    /** A type and a subtype of RFC 9110 token characters: no wildcard, nothing missing. */
    private static final Pattern CONCRETE = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

    private MediaTypes() {
    }

    /** Whether the value names one media type ({@code application/json}), not a range ({@code *}{@code /*}). */
    static boolean isConcrete(String contentType) {
        return CONCRETE.matcher(contentType.split(";", 2)[0].strip()).matches();
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

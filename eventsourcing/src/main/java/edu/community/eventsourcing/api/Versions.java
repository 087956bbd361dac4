package edu.community.eventsourcing.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stream versions as HTTP entity tags: {@code ETag: "3"} on reads, {@code If-Match: "3"} on writes. */
public final class Versions {

    /** A stream version as {@link #etag} writes it: digits without sign or leading zero, quoted, weak or not. */
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(0|[1-9][0-9]{0,8})\"");

    private Versions() {
    }

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The expected version an {@code If-Match} header asks for: exactly an ETag this API returned. */
    public static int fromIfMatch(String ifMatch) {
        Matcher etag = ETAG.matcher(ifMatch.strip());
        if (!etag.matches()) {
            throw new BadRequestException("If-Match must be an ETag this API returned, e.g. \"3\"");
        }
        return Integer.parseInt(etag.group(1));
    }
}

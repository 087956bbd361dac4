package edu.community.eventsourcing.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;

/** Stream versions as HTTP entity tags: {@code ETag: "3"} on reads, {@code If-Match: "3"} on writes. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The expected version an {@code If-Match} header asks for. */
    public static int fromIfMatch(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must be an ETag this API returned, e.g. \"3\"");
        }
    }
}

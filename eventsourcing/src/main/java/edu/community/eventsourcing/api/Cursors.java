package edu.community.eventsourcing.api;

import jakarta.ws.rs.BadRequestException;
import edu.community.eventsourcing.input.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors for paged lists: the last key of a page, base64url-encoded so callers do not parse it. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The last key of the previous page, or null for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return TextRules.oneLine(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), 200);
        } catch (IllegalArgumentException e) { // not base64, or not a key this API writes
            throw new BadRequestException("cursor is not one this API returned");
        }
    }
}

package edu.community.staffing.api;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/** What the requests share: the UUID pattern and ids from paths. */
final class StaffRequests {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private StaffRequests() {
    }

    /** An id in a path that is no UUID names nothing. */
    static UUID id(String text, String what) {
        if (!text.matches(UUID_PATTERN)) {
            throw new NotFoundException("no " + what + " " + text);
        }
        return UUID.fromString(text);
    }
}

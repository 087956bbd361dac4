package edu.community.exchange.api;

import edu.community.contracts.exchange.ParticipantCount;
import edu.community.exchange.domain.ActivityId;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What the activity requests share: the id pattern, ids from paths, counts and today's date. */
final class ActivityRequests {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ActivityRequests() {
    }

    /** An id in a path that is no UUID names no activity. */
    static ActivityId id(String text) {
        if (!text.matches(UUID)) {
            throw new NotFoundException("no activity " + text);
        }
        return new ActivityId(java.util.UUID.fromString(text));
    }

    static List<ParticipantCount> counts(List<ParticipantRequest> requests) {
        return requests.stream().map(ParticipantRequest::count).toList();
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}

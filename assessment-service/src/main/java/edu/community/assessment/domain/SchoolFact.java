package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One event about a school as the report keeps it: a registration (with county and profile), new details
 * (a profile), a closing or a reopening. Facts are ordered by effective date, then by stream version.
 *
 * @param county  the county of a registration, else null
 * @param profile the profile of a registration or of new details, else null
 */
public record SchoolFact(UUID event, String school, LocalDate effectiveDate, int streamVersion, Kind kind,
                         String county, SchoolProfile profile) {

    public enum Kind {
        REGISTERED,
        DETAILS_CHANGED,
        CLOSED,
        REOPENED
    }
}

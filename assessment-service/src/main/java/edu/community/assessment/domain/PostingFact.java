package edu.community.assessment.domain;

import edu.community.contracts.staffing.PostingKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event of a posting's lifecycle as the report keeps it; a proposal names the person, the kind, both schools and
 * the planned last day; a completion says whether it was recorded as a transfer. Facts are folded in stream order.
 */
public record PostingFact(UUID event, String posting, LocalDate effectiveDate, int streamVersion, Kind kind,
                          String staff, PostingKind postingKind, String origin, String destination,
                          LocalDate plannedEnd, boolean asTransfer) {

    public enum Kind {
        PROPOSED,
        APPROVED,
        REJECTED,
        CANCELLED,
        STARTED,
        COMPLETED,
        ENDED_EARLY
    }
}

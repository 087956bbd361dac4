package edu.community.assessment.domain;

import edu.community.contracts.exchange.ActivityKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One event of a joint student activity as the report keeps it: the plan (kind, community, host school), a
 * postponement, a cancellation, or the record of it being held (a correction replaces that record as a whole).
 * Facts are folded in stream order.
 *
 * @param participants the actual participants of a held record, else 0
 */
public record ActivityFact(UUID event, String activity, LocalDate effectiveDate, int streamVersion, Kind kind,
                           ActivityKind activityKind, String community, String host, int participants) {

    public enum Kind {
        PLANNED,
        POSTPONED,
        CANCELLED,
        HELD,
        CORRECTED
    }
}

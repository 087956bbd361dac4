package edu.community.eventsourcing.api;

import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.OutsideDivision;
import edu.community.eventsourcing.security.OutsideSchool;
import edu.community.eventsourcing.store.IdempotencyKeyReused;
import edu.community.eventsourcing.store.StreamConflict;

/**
 * The problem code of each failure a command can meet: the {@code <code>} of
 * {@code urn:edu-community:problem:<code>}. One mapping, used by the HTTP problem details and by the per-row
 * results of bulk imports, so a row is refused with the code a single request would get.
 */
public final class ProblemCodes {

    public static final String INTERNAL = "internal";

    private ProblemCodes() {
    }

    /** The code, or {@link #INTERNAL} for a failure that is not the caller's. */
    public static String of(Throwable failure) {
        if (failure instanceof RuleViolation violation) {
            return violation.rule();
        }
        if (failure instanceof OutsideDivision) {
            return "outside-division";
        }
        if (failure instanceof OutsideSchool) {
            return "outside-school";
        }
        if (failure instanceof StreamConflict) {
            return "stream-conflict";
        }
        if (failure instanceof IdempotencyKeyReused) {
            return "idempotency-key-reused";
        }
        if (failure instanceof io.quarkus.security.ForbiddenException) {
            return "role-not-allowed";
        }
        return INTERNAL;
    }
}

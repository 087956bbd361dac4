package edu.community.contracts.staffing.careers;

import edu.community.contracts.staffing.PostingKind;
import java.time.LocalDate;

/**
 * 已开始的流动 — a posting that started, as rules 4–6 see it: from its first day at the destination to its last day
 * (the actual end once ended, the planned end until then).
 *
 * @param endedOn             the last day, once completed or ended early; null while it runs
 * @param completedAsTransfer completed, and recorded as a transfer (调动): the person stays at the destination from
 *                            the day after {@code endedOn}
 */
public record ServedPosting(String id, PostingKind kind, String origin, String destination, LocalDate startedOn,
                            LocalDate plannedEnd, LocalDate endedOn, boolean completedAsTransfer) {

    /** The last day it holds: the actual end once ended. */
    public LocalDate to() {
        return endedOn != null ? endedOn : plannedEnd;
    }

    /** Whether the person serves at the destination on the date. */
    public boolean serves(LocalDate date) {
        return !date.isBefore(startedOn) && !date.isAfter(to());
    }

    /** Rotation and support teaching: the kinds rules 4–6 count (placement training and secondment do not). */
    public boolean rotates() {
        return kind == PostingKind.ROTATION || kind == PostingKind.SUPPORT_TEACHING;
    }
}

package edu.community.staffing.domain;

import edu.community.contracts.staffing.PostingKind;
import java.time.LocalDate;

/** The commands on a posting (教师流动); {@code decidedBy} is the caller's subject, {@code on} the step's date. */
public final class PostingCommands {

    private PostingCommands() {
    }

    /** 提出 — a posting of a member of staff to a destination school for planned dates. */
    public record Propose(PostingId id, StaffId staffId, PostingKind kind, String destination, LocalDate plannedStart,
                          LocalDate plannedEnd, String reason, String decidedBy, LocalDate on) {
    }

    /** 批准 */
    public record Approve(PostingId id, String reason, String decidedBy, LocalDate on) {
    }

    /** 驳回 */
    public record Reject(PostingId id, String reason, String decidedBy, LocalDate on) {
    }

    /**
     * 开始 — the first day at the destination.
     *
     * @param today where it is recorded: a start or an end is recorded once it happened
     */
    public record Start(PostingId id, String decidedBy, LocalDate on, LocalDate today) {
    }

    /** 期满 — the last day; a rotation may be recorded as a transfer to the destination. */
    public record Complete(PostingId id, boolean recordedAsTransfer, String decidedBy, LocalDate on,
                           LocalDate today) {
    }

    /** 提前结束 — the last day, before the planned end. */
    public record EndEarly(PostingId id, String reason, String decidedBy, LocalDate on, LocalDate today) {
    }

    /** 取消 — before it started. */
    public record Cancel(PostingId id, String reason, String decidedBy, LocalDate on) {
    }
}

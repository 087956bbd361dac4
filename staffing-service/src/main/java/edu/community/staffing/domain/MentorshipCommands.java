package edu.community.staffing.domain;

import edu.community.contracts.staffing.MentorshipMode;
import java.time.LocalDate;

/** The commands on a mentor–apprentice pair (师徒结对). */
public final class MentorshipCommands {

    private MentorshipCommands() {
    }

    /** 结对 — from a date, on site or remote. */
    public record Pair(MentorshipId id, StaffId mentor, StaffId apprentice, MentorshipMode mode, LocalDate from) {
    }

    /** 结束 — the last day. */
    public record End(MentorshipId id, String reason, LocalDate on) {
    }
}

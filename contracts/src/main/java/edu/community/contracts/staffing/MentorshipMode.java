package edu.community.contracts.staffing;

/** 师徒结对方式 — how a mentor and an apprentice work together. */
public enum MentorshipMode {
    /** 现场师徒结对 */
    ON_SITE,
    /** 远程师徒结对 */
    REMOTE
}

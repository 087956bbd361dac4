package edu.community.contracts.staffing;

/** 教师流动类别 — the kinds of posting of a teacher or principal to another school. */
public enum PostingKind {
    /** 交流轮岗 */
    ROTATION,
    /** 支教 */
    SUPPORT_TEACHING,
    /** 跟岗学习 (a rural teacher trained at the core school) */
    PLACEMENT_TRAINING,
    /** 挂职 */
    MANAGEMENT_SECONDMENT
}

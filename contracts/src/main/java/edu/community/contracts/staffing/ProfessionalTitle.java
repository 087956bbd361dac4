package edu.community.contracts.staffing;

/** 职称 — a teacher's professional title, from the highest. */
public enum ProfessionalTitle {
    /** 正高级 */
    SENIOR_FULL,
    /** 高级 */
    SENIOR,
    /** 一级 */
    FIRST_GRADE,
    /** 二级 */
    SECOND_GRADE,
    /** 三级 */
    THIRD_GRADE,
    /** 无职称 */
    NONE
}

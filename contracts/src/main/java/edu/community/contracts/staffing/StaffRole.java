package edu.community.contracts.staffing;

/** 岗位 — the post a member of staff holds at a school. */
public enum StaffRole {
    /** 教师 */
    TEACHER,
    /** 校长 */
    PRINCIPAL,
    /** 副校长 */
    VICE_PRINCIPAL,
    /** 中层干部 */
    MIDDLE_MANAGER
}

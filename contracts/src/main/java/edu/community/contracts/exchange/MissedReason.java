package edu.community.contracts.exchange;

/** 缺课原因 — why a receiving classroom missed a synchronous lesson. */
public enum MissedReason {
    /** 网络或设备故障 */
    CONNECTION_FAILURE,
    /** 授课教师缺席 */
    TEACHER_ABSENT,
    /** 学校活动冲突 */
    SCHOOL_EVENT,
    /** 停课（天气、假期） */
    SCHOOL_CLOSED,
    /** 其他 */
    OTHER
}

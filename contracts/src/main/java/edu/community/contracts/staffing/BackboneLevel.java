package edu.community.contracts.staffing;

/** 骨干教师级别 — the level at which a teacher is recognised as a backbone teacher. */
public enum BackboneLevel {
    /** 非骨干 */
    NONE,
    /** 县级骨干 */
    COUNTY,
    /** 市级骨干 */
    CITY,
    /** 省级骨干 */
    PROVINCE
}

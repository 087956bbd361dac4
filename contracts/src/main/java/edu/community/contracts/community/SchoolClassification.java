package edu.community.contracts.community;

/** 城乡类别 — where a school stands on the urban–rural scale. */
public enum SchoolClassification {
    /** 城区 */
    URBAN,
    /** 镇区 */
    TOWNSHIP,
    /** 乡村 */
    RURAL
}

package edu.community.contracts.community;

/** 学段 — the stage of education a school offers. */
public enum SchoolLevel {
    /** 小学 */
    PRIMARY,
    /** 初中 */
    JUNIOR,
    /** 九年一贯制 */
    NINE_YEAR,
    /** 高中 */
    SENIOR;

    /** 义务教育: primary, junior and nine-year schools teach compulsory education. */
    public boolean isCompulsory() {
        return this != SENIOR;
    }
}

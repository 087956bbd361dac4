package edu.community.contracts.assessment;

/**
 * 学段 — the stage balance figures are about. A nine-year school reports one set of statistics per stage and
 * counts as a primary school in one coefficient and as a junior school in the other.
 */
public enum SchoolStage {
    /** 小学 */
    PRIMARY,
    /** 初中 */
    JUNIOR
}

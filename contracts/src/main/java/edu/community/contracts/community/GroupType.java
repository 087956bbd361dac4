package edu.community.contracts.community;

/** 集团化办学类型 — the kind of education group a community is run as, where it is one. */
public enum GroupType {
    /** 紧密型: one leadership, unified management; a co-construction community. */
    CLOSE,
    /** 合作型: a signed cooperation agreement, affiliation unchanged; a collaborative community. */
    COOPERATIVE
}

package edu.community.contracts.community;

/** 共同体模式 — how closely the schools of an education community are bound. */
public enum CommunityModel {
    /** 融合型: one urban core and one or two township or rural members, one legal entity, one county. */
    INTEGRATED,
    /** 共建型: members keep their legal entity; the core school manages the whole; one county. */
    CO_CONSTRUCTION,
    /** 协作型: cross-region or counterpart support; may cross county, city and province lines. */
    COLLABORATIVE;

    /**
     * Whether a school belongs to at most one community of this model at a time, and the community counts
     * toward integrated and co-construction coverage: every model but collaborative.
     */
    public boolean isExclusive() {
        return this != COLLABORATIVE;
    }
}

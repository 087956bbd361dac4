package edu.community.contracts.community;

/** 办学性质 — who runs a school. */
public enum SchoolOwnership {
    /** 公办 */
    PUBLIC,
    /** 民办 */
    PRIVATE
}

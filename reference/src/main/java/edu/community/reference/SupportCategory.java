package edu.community.reference;

/** The kind of supported county in the mountain-and-sea cooperation (山海协作). */
public enum SupportCategory {
    /** 山区县 */
    MOUNTAIN,
    /** 海岛县 */
    ISLAND
}

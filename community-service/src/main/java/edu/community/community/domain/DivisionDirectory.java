package edu.community.community.domain;

/** The GB/T 2260 reference data the rules consult: which county-level divisions exist. */
public interface DivisionDirectory {

    /** Whether {@code code} is a county-level division (县级行政区) in the reference data. */
    boolean isCounty(String code);
}
